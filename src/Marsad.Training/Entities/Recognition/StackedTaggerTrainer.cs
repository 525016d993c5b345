using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Entities.Tagging;

namespace Marsad.Training.Entities.Recognition;

/// <summary>
/// Trains a <see cref="StackedTagger"/>. Its second pass is trained on first-pass labels produced
/// by cross-validation (each fold tagged by a model that never saw it), so it learns how far to
/// trust them on unseen text.
/// </summary>
public static class StackedTaggerTrainer
{
    private const int Folds = 5;

    public static StackedTagger Train(IReadOnlyList<TaggedSentence> sentences, WordClusters clusters, Gazetteer gazetteer, int epochs, int seed, string description, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var firstPaths = new int[sentences.Count][];
        NerTagger? any = null;
        for (int fold = 0; fold < Folds; fold++)
        {
            // Contiguous folds keep articles whole, so a name never leaks from its own article.
            int from = sentences.Count * fold / Folds, to = sentences.Count * (fold + 1) / Folds;
            List<TaggedSentence> rest = [.. sentences.Take(from), .. sentences.Skip(to)];
            NerTagger tagger = NerTaggerTrainer.Train(rest, clusters, gazetteer, epochs, seed + fold + 1, description);
            any ??= tagger;
            for (int s = from; s < to; s++)
            {
                firstPaths[s] = Paths(tagger, sentences[s].Tokens, any.Classes);
            }

            log?.WriteLine($"fold {fold + 1}/{Folds}");
        }

        NerTagger first = NerTaggerTrainer.Train(sentences, clusters, gazetteer, epochs, seed, description);
        TokenKeys[] extra = TaggerFeatures.OfDocument(first, [.. sentences.Select(s => s.Tokens)], firstPaths);
        NerTagger second = NerTaggerTrainer.Train(sentences, extra, clusters, gazetteer, epochs, seed, description);
        return new StackedTagger(first, second);
    }

    private static int[] Paths(NerTagger tagger, IReadOnlyList<string> tokens, IReadOnlyList<string> classes)
    {
        var path = new int[tokens.Count];
        tagger.Decode(tokens, path, null);
        if (!ReferenceEquals(tagger.Classes, classes) && !tagger.Classes.SequenceEqual(classes, StringComparer.Ordinal))
        {
            throw new InvalidOperationException("Cross-validation folds produced different tag sets.");
        }

        return path;
    }
}
