using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Text.Words;

namespace Marsad.Extraction.Digests;

/// <summary>
/// The article's quotes prepared for stance, before any question is known: the topic stems of the
/// sentences that hold each quote (so the words just outside it, بشأن الانسحاب, count for
/// relevance), its reported words folded, and its reporting verb folded, less a conjunction و.
/// Every quote, with a speaker or not: a correction may name one later.
/// </summary>
public static class QuoteReader
{
    /// <param name="sentences">The article's sentences, as the digest split them once.</param>
    public static List<QuoteDigest> Read(DocumentAnalysis analysis, IReadOnlyList<(int Start, int End)> sentences)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sentences);
        var quotes = new List<QuoteDigest>(analysis.Quotes.Count);
        string text = analysis.Article.Text;
        foreach (QuoteItem quote in analysis.Quotes)
        {
            var (start, end) = Around(sentences, quote.Start, quote.End);
            List<string> around = TopicWords.Stems(text[start..end]);
            quotes.Add(new QuoteDigest(quote.Start, quote.End, quote.Speaker, WordPool.Share(around.Distinct(StringComparer.Ordinal)), WordPool.Share(TopicWords.Words(quote.Text)), WordPool.Share(Verb(quote.Cue))));
        }

        return quotes;
    }

    /// <summary>The reporting verb as the stance lexicon lists it: folded, without a leading و.</summary>
    public static string Verb(string? cue) =>
        cue is null ? string.Empty : TopicWords.Fold(cue.StartsWith('و') && cue.Length > 3 ? cue[1..] : cue);

    /// <summary>The sentences that hold a quote.</summary>
    private static (int Start, int End) Around(IReadOnlyList<(int Start, int End)> sentences, int start, int end)
    {
        int from = start, to = end;
        foreach (var (s, e) in sentences)
        {
            if (e > start && s < end)
            {
                from = Math.Min(from, s);
                to = Math.Max(to, e);
            }
        }
        return (from, to);
    }
}
