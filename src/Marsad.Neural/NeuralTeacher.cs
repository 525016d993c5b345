using Marsad.Extraction.Entities.Recognition;
using static TorchSharp.torch;

namespace Marsad.Neural;

/// <summary>A trained teacher: tags sentences of tokens (as ANERcorp tokenises) with its classes.</summary>
internal sealed class NeuralTeacher
{
    public NeuralTeacher(BiLstmCrf network, TokenInputs inputs, IReadOnlyList<string> classes, StackedTagger guesser)
    {
        Network = network;
        Inputs = inputs;
        Classes = classes;
        Guesser = guesser;
        _tags = new TagSet(classes);
        _guessIds = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i + 1, StringComparer.Ordinal);
    }

    private readonly TagSet _tags;
    private readonly Dictionary<string, int> _guessIds;

    /// <summary>The fast tagger whose guesses the network reads (<see cref="TaggerGuesses"/>).</summary>
    public StackedTagger Guesser { get; }

    /// <summary>Guess tags as the network's inputs: class index + 1, 0 for a class it does not know.</summary>
    public int[] GuessIds(IReadOnlyList<string> tags) => [.. tags.Select(t => _guessIds.GetValueOrDefault(t))];

    public BiLstmCrf Network { get; }

    public TokenInputs Inputs { get; }

    public IReadOnlyList<string> Classes { get; }

    /// <summary>The best tags of each sentence (class names).</summary>
    public string[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var result = new string[sentences.Count][];
        foreach ((int index, int[] path, _) in Paths(sentences))
        {
            result[index] = [.. path.Select(p => Classes[p])];
        }
        return result;
    }

    /// <summary>Each sentence's best class path and its per-token class scores (length × classes), in batches of <paramref name="batchSize"/>.</summary>
    public IEnumerable<(int Index, int[] Path, float[] Scores)> Paths(IReadOnlyList<IReadOnlyList<string>> sentences, int batchSize = 64)
    {
        Network.eval();
        float[] moves = CrfDecoder.Moves(Network.Transitions.data<float>().ToArray(), Network.Start.data<float>().ToArray()), end = Network.End.data<float>().ToArray();
        int tags = Classes.Count;
        string[][] guessed = Guesser.Tag(sentences);
        for (int from = 0; from < sentences.Count; from += batchSize)
        {
            int[] range = [.. Enumerable.Range(from, Math.Min(batchSize, sentences.Count - from))];
            foreach (int i in range.Where(i => sentences[i].Count == 0))
            {
                yield return (i, [], []);
            }
            int[] batch = [.. range.Where(i => sentences[i].Count > 0)];
            if (batch.Length == 0)
            {
                continue;
            }
            float[] emissions;
            int length;
            using (no_grad())
            using (NewDisposeScope())
            {
                (Tensor vectors, Tensor words, Tensor letters, Tensor features, _) = Batches.Inputs(Inputs, [.. batch.Select(i => sentences[i])],
                    [.. batch.Select(i => (IReadOnlyList<int>)GuessIds(guessed[i]))]);
                emissions = Network.call(vectors, words, letters, features).data<float>().ToArray();
                length = (int)vectors.shape[1];
            }
            for (int b = 0; b < batch.Length; b++)
            {
                int n = sentences[batch[b]].Count;
                float[] scores = emissions.AsSpan(b * length * tags, n * tags).ToArray();
                yield return (batch[b], CrfDecoder.Decode(scores.ToArray(), n, _tags, moves, end), scores);
            }
        }
    }
}
