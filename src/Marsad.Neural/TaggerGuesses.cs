using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Entities.Recognition;
using Marsad.Training.Entities.Tagging;

namespace Marsad.Neural;

/// <summary>
/// The fast tagger's guesses as an input of the teacher (stacking): the two read words
/// differently — hand-made affix, cluster and document features against learned vectors and
/// letters — and the teacher learns when to follow the guess. On the training sentences each guess
/// comes from a fast tagger that did not see that sentence (contiguous folds, as its own second
/// pass does), so the teacher learns how far a guess on unseen text is to be trusted; everything
/// else is guessed by a fast tagger trained on all of them.
/// </summary>
internal static class TaggerGuesses
{
    public const int Folds = 5;

    /// <summary>Cross-fitted guesses for the training sentences, and the tagger trained on all of them for any other text.</summary>
    public static (string[][] Training, StackedTagger All) Fit(IReadOnlyList<TaggedSentence> train, WordClusters clusters, Gazetteer gazetteer, int seed, TextWriter? log)
    {
        var guesses = new string[train.Count][];
        for (int fold = 0; fold < Folds; fold++)
        {
            int from = train.Count * fold / Folds, to = train.Count * (fold + 1) / Folds;
            List<TaggedSentence> rest = [.. train.Take(from), .. train.Skip(to)];
            StackedTagger tagger = StackedTaggerTrainer.Train(rest, clusters, gazetteer, Epochs, seed + 100 + fold, "guesses");
            string[][] tagged = tagger.Tag([.. train.Skip(from).Take(to - from).Select(s => s.Tokens)]);
            for (int s = from; s < to; s++)
            {
                guesses[s] = tagged[s - from];
            }
            log?.WriteLine($"guesses: fold {fold + 1}/{Folds}");
        }
        return (guesses, StackedTaggerTrainer.Train(train, clusters, gazetteer, Epochs, seed, "guesses"));
    }

    /// <summary>The fast tagger's passes over the data, as <c>marsad train ner</c> trains it.</summary>
    private const int Epochs = 6;
}
