using Marsad.Core.Digests;
using Marsad.Core.Stories;

namespace Marsad.Stories.Claims;

/// <summary>
/// The year an undated article was written, as the article itself tells it: the latest year of a
/// happening it dates to the month or the day (not a bare year, which is mostly background; not a plan: "by September 2025" is a deadline, not when the text was
/// written). A figure of such an article is compared at that year, and never with a figure of
/// another year as if at one time; an article that dates nothing stays unknown, and its figures
/// are never compared.
/// </summary>
internal static class ArticleYear
{
    /// <summary>The year (YYYY) <paramref name="document"/> was written, read from its text; null when it has a publication date or dates no happening.</summary>
    public static string? Inferred(StoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Article.Published is not null)
        {
            return null;
        }
        string? latest = null;
        foreach (EventDigest e in document.Digest.Events)
        {
            // A bare year is mostly background ("منذ 2014"); a month or a day is the news the article is pegged to.
            if (e.Planned || e.DateFromPublication || e.Date.Length < 7)
            {
                continue;
            }
            string year = e.Date[..4];
            if (latest is null || string.CompareOrdinal(year, latest) > 0)
            {
                latest = year;
            }
        }
        return latest;
    }
}
