using Marsad.Core.Digests;
using Marsad.Core.Documents;
using Marsad.Core.Stories;
using Marsad.Extraction.Analysis;
using Marsad.Extraction.Digests;

namespace Marsad.Stories.Tests.Support;

/// <summary>Short hand-written articles, analysed with the shipped models, for collection-level tests.</summary>
internal static class Articles
{
    /// <summary>An article with the given body, outlet and publication date (yyyy-MM-dd).</summary>
    /// <param name="published">yyyy-MM-dd, or a full ISO 8601 time with its offset (2025-03-10T10:05:00+03:00).</param>
    public static Article Make(string id, string text, string? outlet = null, string? published = null, string? title = null) =>
        new(id, id, title, text, null, outlet,
            published is null ? null
                : published.Length == 10 ? PublicationTime.FromDate(DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                : PublicationTime.FromInstant(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture)),
            null);

    /// <summary>The shipped models, loaded once for the test run as a process loads them once for its pipeline.</summary>
    private static readonly ArticleAnalyzer Analyzer = new(Marsad.Extraction.Entities.EntityRecognizer.LoadShipped(), TimeProvider.System);

    /// <summary>The article analysed with the shipped models and digested, as the pipeline does before the story stages read it.</summary>
    public static DocumentDigest Analyze(Article article) => DigestBuilder.Build(Analyzer.Analyze(article));

    /// <summary>
    /// Documents in input order, each actor given the id "documentId/local" (no cross-document
    /// resolution), for stages that only need distinct ids.
    /// </summary>
    public static IReadOnlyList<StoryDocument> Documents(params Article[] articles) =>
        [.. articles.Select((a, i) =>
        {
            DocumentDigest analysis = Analyze(a);
            return new StoryDocument(i, analysis, [.. analysis.Entities.Select(e => a.Id + "/" + e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        })];
}
