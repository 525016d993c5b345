using Marsad.Core.Digests;
using Marsad.Extraction.Analysis;
using Marsad.Extraction.Digests;
using Marsad.Ingest;
using Marsad.Stories.Positions;
using Marsad.Text.Words;

namespace Marsad.Training.Stories.Evaluation;

/// <summary>
/// Reads the stance of each labelled quote as Marsad would: the article is cleaned, analysed and
/// digested; the labelled slice is placed in Marsad's own text (cleaning may move it); the quote
/// Marsad found there is read with its reporting verb, as the positions stage reads it. Where Marsad
/// found no quote there, the slice's words are read alone, so the reader is still measured.
/// </summary>
public static class StanceEvaluation
{
    /// <param name="documents">Each item's raw document by item id (<see cref="StanceDocuments.Load"/>); items without one are left out.</param>
    public static List<StancePrediction> Predict(IReadOnlyList<GoldStance> items, IReadOnlyDictionary<string, RawDocument> documents, ArticleCleaner cleaner, ArticleAnalyzer analyzer) =>
        [.. Inputs(items, documents, cleaner, analyzer).Select(Predict)];

    /// <summary>The stance read for one item from what Marsad read there.</summary>
    public static StancePrediction Predict(StanceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new StancePrediction(input.Gold, StanceReading.Read(input.Gold.Question, input.Words, input.Verb), input.Match, input.Quote, input.Verb);
    }

    /// <summary>What Marsad reads at each item: the words and reporting verb of its own quote over the labelled slice, else the slice's words alone.</summary>
    public static List<StanceInput> Inputs(IReadOnlyList<GoldStance> items, IReadOnlyDictionary<string, RawDocument> documents, ArticleCleaner cleaner, ArticleAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(cleaner);
        ArgumentNullException.ThrowIfNull(analyzer);
        var raws = items.Where(i => documents.ContainsKey(i.Id)).Select(i => documents[i.Id]).Distinct().ToList();
        var digests = new DocumentDigest?[raws.Count];
        // Analysing is most of the time; each article is analysed once, on all cores.
        Parallel.For(0, raws.Count, i => digests[i] = cleaner.Clean(raws[i]).Article is { } article ? DigestBuilder.Build(analyzer.Analyze(article)) : null);
        var digestOf = new Dictionary<RawDocument, DocumentDigest?>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < raws.Count; i++)
        {
            digestOf[raws[i]] = digests[i];
        }
        return [.. items.Where(i => documents.ContainsKey(i.Id)).Select(i => Input(i, documents[i.Id].Body, digestOf[documents[i.Id]]))];
    }

    /// <summary>What Marsad reads at one item, given its raw text and the digest of its article (null when cleaning failed).</summary>
    public static StanceInput Input(GoldStance item, string raw, DocumentDigest? digest)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(raw);
        string slice = raw[item.Start..item.End];
        int start = digest?.Article.Text.IndexOf(slice, StringComparison.Ordinal) ?? -1;
        if (start < 0)
        {
            return new StanceInput(item, TopicWords.Words(slice), string.Empty, StanceMatch.SliceNotInText, slice);
        }
        int end = start + slice.Length;
        QuoteDigest? best = null;
        int bestOverlap = 0;
        foreach (QuoteDigest quote in digest!.Quotes)
        {
            int overlap = Math.Min(end, quote.End) - Math.Max(start, quote.Start);
            if (overlap > bestOverlap)
            {
                (best, bestOverlap) = (quote, overlap);
            }
        }
        return best is null
            ? new StanceInput(item, TopicWords.Words(slice), string.Empty, StanceMatch.NoQuote, slice)
            : new StanceInput(item, best.Words, best.Verb, StanceMatch.QuoteFound, digest.Article.Text[best.Start..best.End]);
    }
}
