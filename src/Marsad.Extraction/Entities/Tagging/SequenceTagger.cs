namespace Marsad.Extraction.Entities.Tagging;

/// <summary>
/// A greedy left-to-right BIO tagger over an averaged perceptron: each token is tagged from its
/// own features and the two tags chosen before it. A step never picks an I-X that cannot follow
/// the previous tag (the best valid tag wins instead), and the output is repaired to valid BIO
/// as well, so callers can rely on well-formed chunks whatever the model holds.
/// Immutable once trained or loaded; <see cref="Tag"/> is safe to call from many threads.
/// </summary>
public sealed class SequenceTagger
{
    private const string Outside = "O";

    /// <summary>Averaged weights smaller than this change no decision worth keeping; dropping them keeps the model small.</summary>
    private const float PruneBelow = 1e-3f;

    internal SequenceTagger(AveragedPerceptron model) => Model = model;

    internal AveragedPerceptron Model { get; }

    /// <summary>Trains on <paramref name="sentences"/> for <paramref name="epochs"/> passes, shuffled each pass with <paramref name="seed"/>.</summary>
    public static SequenceTagger Train(IEnumerable<TaggedSentence> sentences, int epochs, int seed)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(epochs);

        List<TaggedSentence> data = [.. sentences];
        foreach (TaggedSentence s in data)
        {
            if (s.Tokens.Count != s.Tags.Count)
            {
                throw new ArgumentException("Each sentence needs exactly one tag per token.", nameof(sentences));
            }
        }

        string[] classes = [.. data.SelectMany(s => s.Tags).Append(Outside).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < classes.Length; c++)
        {
            index.Add(classes[c], c);
        }

        string[][][] features = [.. data.Select(s => TokenFeatures.Extract(s.Tokens))];
        int[] order = [.. Enumerable.Range(0, data.Count)];
        var random = new Random(seed);
        var trainer = new PerceptronTrainer(classes.Length);
        var step = new List<string>(64);
        var scores = new float[classes.Length];

        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int n in order)
            {
                // Train on the tags the tagger itself predicted, as it will see them when tagging.
                string previous = Start, beforePrevious = Start;
                for (int i = 0; i < features[n].Length; i++)
                {
                    Fill(step, features[n][i], previous, beforePrevious);
                    trainer.Score(step, scores);
                    int guess = AveragedPerceptron.ArgMax(scores);
                    trainer.Update(index[data[n].Tags[i]], guess, step);
                    beforePrevious = previous;
                    previous = classes[guess];
                }
            }
        }

        return new SequenceTagger(trainer.Build(classes, PruneBelow));
    }

    /// <summary>One BIO tag per token of <paramref name="tokens"/>.</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        string[][] features = TokenFeatures.Extract(tokens);
        var tags = new string[tokens.Count];
        var step = new List<string>(64);
        Span<float> scores = stackalloc float[Model.Classes.Count];
        string previous = Start, beforePrevious = Start;
        for (int i = 0; i < tags.Length; i++)
        {
            Fill(step, features[i], previous, beforePrevious);
            Model.Score(step, scores);
            tags[i] = Model.Classes[BestValid(scores, previous)];
            beforePrevious = previous;
            previous = tags[i];
        }

        BioRepair.Repair(tags);
        return tags;
    }

    /// <summary>Writes the model in the versioned binary format read by <see cref="Load"/>.</summary>
    public void Save(Stream stream) => TaggerModel.Write(Model, stream);

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static SequenceTagger Load(Stream stream) => new(TaggerModel.Read(stream));

    private const string Start = "<s>";

    /// <summary>The best-scoring tag that keeps the BIO sequence valid after <paramref name="previous"/>.</summary>
    private int BestValid(ReadOnlySpan<float> scores, string previous)
    {
        int best = -1;
        for (int c = 0; c < scores.Length; c++)
        {
            string tag = Model.Classes[c];
            bool valid = !tag.StartsWith("I-", StringComparison.Ordinal)
                || (previous.Length > 2 && previous[0] != 'O' && previous.AsSpan(2).SequenceEqual(tag.AsSpan(2)));
            if (valid && (best < 0 || scores[c] > scores[best]))
            {
                best = c;
            }
        }

        return best < 0 ? AveragedPerceptron.ArgMax(scores) : best;
    }

    private static void Fill(List<string> step, string[] baseFeatures, string previous, string beforePrevious)
    {
        step.Clear();
        step.AddRange(baseFeatures);
        TokenFeatures.AddTagFeatures(step, baseFeatures, previous, beforePrevious);
    }
}
