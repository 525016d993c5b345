using Marsad.Text;
using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Text.Words;

namespace Marsad.Extraction.Digests;

/// <summary>
/// An analysis → its <see cref="DocumentDigest"/>: every reading the story stages take from one
/// article alone, done once when the article is analysed and stored beside the analysis, so that
/// building stories over a store does cross-document work only. The text is split into sentences
/// once and tokenised once for the sentence readers (events), and both are handed to every reader
/// that reads sentences; the readers take them as inputs so a shared analysed text can replace them.
/// Pure: the same analysis gives the same digest.
/// </summary>
public static class DigestBuilder
{
    public static DocumentDigest Build(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Build(analysis, AnalyzedText.Of(analysis.Article.Text ?? ""));
    }

    /// <summary>The same, over the text the analysis was made from (<c>ArticleAnalyzer.Analyze(article, read)</c>): its sentences and tokens are read once for both.</summary>
    public static DocumentDigest Build(DocumentAnalysis analysis, AnalyzedText read)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(read);
        string text = read.Text;
        IReadOnlyList<(int Start, int End)> sentences = read.Sentences;
        var tokens = EventFinder.Tokens(read.Tokens);
        ulong[] words = NormalizedWords.Hashes(text);
        uint[] minHash = MinHashSignature.OfWords(words);
        (ulong[] terms, int[] counts) = TermCounter.Count(text);
        return new DocumentDigest(
            analysis.Article,
            analysis.Entities,
            analysis.Mentions,
            analysis.Dates,
            RoleReader.Read(analysis),
            new BodySignature(minHash, minHash.Length == 0 ? MinHashSignature.ExactKey(words) : null),
            new TermCounts(terms, counts, []),
            HeadlineReader.Read(analysis, sentences),
            EventFinder.Find(analysis, tokens, sentences),
            CountReader.Read(analysis, sentences),
            QuoteReader.Read(analysis, sentences))
        {
            Analysis = analysis,
        };
    }
}
