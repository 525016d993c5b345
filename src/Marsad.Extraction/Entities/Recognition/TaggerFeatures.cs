using Marsad.Extraction.Entities.Clusters;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// The feature keys of each position of a sentence, as a trainer needs them: the keys that
/// <see cref="NerTagger"/> looks up when it decodes, from the same word analysis and gazetteer
/// marks, so that weights learned outside this assembly (<c>marsad train ner</c>) are weights for
/// exactly what tagging reads. The word analysis and the features themselves stay internal here.
/// </summary>
public sealed class TaggerFeatures
{
    private readonly WordAnalyzer _analyzer;
    private readonly Gazetteer _gazetteer;

    public TaggerFeatures(WordClusters clusters, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(gazetteer);
        _analyzer = new WordAnalyzer(clusters);
        _gazetteer = gazetteer;
    }

    /// <summary>Every key of each token of <paramref name="tokens"/>, followed by its <paramref name="extra"/> keys when given.</summary>
    public ulong[][] Of(IReadOnlyList<string> tokens, TokenKeys? extra = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = new WordInfo[tokens.Count];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = _analyzer.Analyze(tokens[i]);
        }

        byte[] marks = NerTagger.Marks(_gazetteer, words);
        return [.. Enumerable.Range(0, words.Length).Select(i => extra is not { } more ? SentenceFeatures.All(words, marks, i) : [.. SentenceFeatures.All(words, marks, i), .. more.Of(i).ToArray()])];
    }

    /// <summary>
    /// The document-level keys a <see cref="StackedTagger"/>'s second pass reads, given what
    /// <paramref name="first"/> made of each sentence (<paramref name="firstPaths"/>, class
    /// indices into its <see cref="NerTagger.Classes"/>).
    /// </summary>
    public static TokenKeys[] OfDocument(NerTagger first, IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<int[]> firstPaths)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(sentences);
        WordInfo[][] words = [.. sentences.Select(first.Words)];
        return DocumentContext.Keys(words, firstPaths, first.Classes);
    }
}
