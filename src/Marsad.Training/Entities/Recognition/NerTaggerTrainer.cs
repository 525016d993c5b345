using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Entities.Tagging;

namespace Marsad.Training.Entities.Recognition;

/// <summary>
/// Trains a <see cref="NerTagger"/>: the <see cref="TaggerFeatures"/> of every training sentence,
/// then a <see cref="StructuredPerceptron"/> over them for a number of shuffled epochs. The same
/// sentences, seed and settings give the same model, byte for byte.
/// </summary>
public static class NerTaggerTrainer
{
    public static NerTagger Train(IReadOnlyList<TaggedSentence> sentences, WordClusters clusters, Gazetteer gazetteer, int epochs, int seed, string description, TextWriter? log = null) =>
        Train(sentences, null, clusters, gazetteer, epochs, seed, description, log);

    /// <summary>Trains with <paramref name="extra"/> keys per sentence and token (document-level features from a first pass), when given.</summary>
    public static NerTagger Train(IReadOnlyList<TaggedSentence> sentences, TokenKeys[]? extra, WordClusters clusters, Gazetteer gazetteer, int epochs, int seed, string description, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Any(s => s.Tokens.Count != s.Tags.Count))
        {
            throw new ArgumentException("Each sentence needs exactly one tag per token.", nameof(sentences));
        }

        string[] classes = [.. sentences.SelectMany(s => s.Tags).Append("O").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var tags = new TagSet(classes);
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var features = new TaggerFeatures(clusters, gazetteer);
        var keys = new ulong[sentences.Count][][];
        var gold = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            keys[s] = features.Of(sentences[s].Tokens, extra?[s]);
            gold[s] = [.. sentences[s].Tags.Select(t => index[t])];
        }

        var trainer = new StructuredPerceptron(tags);
        int[] order = [.. Enumerable.Range(0, sentences.Count)];
        var random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int s in order)
            {
                if (keys[s].Length > 0)
                {
                    trainer.Learn(keys[s], gold[s]);
                }
            }

            log?.WriteLine($"epoch {epoch + 1}/{epochs}");
        }

        return new NerTagger(trainer.Build(gazetteer, description, 1e-3f), clusters);
    }
}
