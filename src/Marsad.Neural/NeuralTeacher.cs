using static TorchSharp.torch;

namespace Marsad.Neural;

/// <summary>A trained teacher: tags sentences of tokens (as ANERcorp tokenises) with its classes.</summary>
internal sealed class NeuralTeacher
{
    public NeuralTeacher(BiLstmCrf network, TokenInputs inputs, IReadOnlyList<string> classes, Func<IReadOnlyList<IReadOnlyList<string>>, string[][]>? guesser)
    {
        Network = network;
        Inputs = inputs;
        Classes = classes;
        Guesser = guesser;
    }

    /// <summary>The fast tagger whose guesses the network reads (<see cref="TaggerGuesses"/>), when it was trained with them.</summary>
    public Func<IReadOnlyList<IReadOnlyList<string>>, string[][]>? Guesser { get; }

    /// <summary>Guess tags as the network's inputs: class index + 1, 0 for a class it does not know.</summary>
    public int[] GuessIds(IReadOnlyList<string> tags) => [.. tags.Select(t => Classes.ToList().IndexOf(t) + 1)];

    public BiLstmCrf Network { get; }

    public TokenInputs Inputs { get; }

    public IReadOnlyList<string> Classes { get; }

    /// <summary>The best tags of each sentence (class names), in batches of <paramref name="batchSize"/>.</summary>
    public string[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences, int batchSize = 64)
    {
        Network.eval();
        var result = new string[sentences.Count][];
        float[] transitions = Network.Transitions.data<float>().ToArray(), start = Network.Start.data<float>().ToArray(), end = Network.End.data<float>().ToArray();
        int tags = Classes.Count;
        using var noGrad = no_grad();
        string[][]? guessed = Guesser?.Invoke(sentences);
        for (int from = 0; from < sentences.Count; from += batchSize)
        {
            int[] batch = [.. Enumerable.Range(from, Math.Min(batchSize, sentences.Count - from)).Where(i => sentences[i].Count > 0)];
            foreach (int i in Enumerable.Range(from, Math.Min(batchSize, sentences.Count - from)).Where(i => sentences[i].Count == 0))
            {
                result[i] = [];
            }
            if (batch.Length == 0)
            {
                continue;
            }
            using var scope = NewDisposeScope();
            (Tensor vectors, Tensor words, Tensor letters, Tensor features, _) = Batches.Inputs(Inputs, batch.Select(i => sentences[i]).ToList(), guessed is null ? null : [.. batch.Select(i => (IReadOnlyList<int>)GuessIds(guessed[i]))]);
            float[] emissions = Network.call(vectors, words, letters, features).data<float>().ToArray();
            int length = (int)vectors.shape[1];
            for (int b = 0; b < batch.Length; b++)
            {
                int n = sentences[batch[b]].Count;
                int[] path = CrfDecoder.Decode(emissions.AsSpan(b * length * tags, n * tags), n, tags, transitions, start, end);
                result[batch[b]] = [.. path.Select(p => Classes[p])];
            }
        }
        return result;
    }
}
