using Marsad.Text;
using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Text.Words;

namespace Marsad.Extraction.Digests;

/// <summary>
/// An analysis → its <see cref="DocumentDigest"/>: every reading the story stages take from one
/// article alone, done once when the article is analysed and stored beside the analysis, so that
/// building stories over a store does cross-document work only. Every reader takes the article's
/// <see cref="AnalyzedText"/>, the one the analysis was made from: its sentences, its tokens (for
/// events and sentence stems) and its search-folded copy (for the body signature and the word counts).
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
        IReadOnlyList<(int Start, int End)> sentences = read.Sentences;
        ulong[] words = NormalizedWords.Hashes(read.Folded);
        uint[] minHash = MinHashSignature.OfWords(words);
        (ulong[] terms, int[] counts) = TermCounter.Count(read.Folded);
        return new DocumentDigest(
            analysis.Article,
            analysis.Entities,
            analysis.Mentions,
            analysis.Dates,
            RoleReader.Read(analysis),
            new BodySignature(minHash, minHash.Length == 0 ? MinHashSignature.ExactKey(words) : null),
            new TermCounts(terms, counts, []),
            HeadlineReader.Read(analysis, sentences),
            EventFinder.Find(analysis, read.Tokens, sentences),
            CountReader.Read(analysis, sentences),
            QuoteReader.Read(analysis, sentences),
            SentenceReader.Read(read))
        {
            Analysis = analysis,
            Dateline = DatelineReader.End(analysis.Article.Text ?? ""),
        };
    }
}
