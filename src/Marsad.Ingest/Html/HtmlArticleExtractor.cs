using AngleSharp.Html.Parser;
using Marsad.Ingest.Furniture;
using Marsad.Ingest.Outlets;
using Marsad.Ingest.PlainText;

namespace Marsad.Ingest.Html;

/// <summary>
/// An HTML page's article: metadata from the page's own tags, text from the container that scores
/// best, furniture removed. Malformed HTML is parsed as browsers do; nothing here throws on it.
/// </summary>
internal sealed class HtmlArticleExtractor(OutletTable outlets, FurnitureModel furniture)
{
    /// <summary>The article's parts, or <see langword="null"/> when the page holds no article text.</summary>
    public CleanedParts? Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var meta = HtmlMetadata.Read(document);
        PageCleanup.Apply(document);
        foreach (var heading in document.QuerySelectorAll("h1").ToList())
        {
            heading.Remove();
        }
        var root = ContentScorer.BestContainer(document) ?? document.QuerySelector("article") ?? document.Body;
        if (root is null)
        {
            return null;
        }
        var lines = ContentText.Paragraphs(root).ToArray();
        var drop = new bool[lines.Length];
        FurnitureFilter.Apply(lines, drop, furniture);
        var bylineAuthor = DropLeadingByline(lines, drop);
        var text = BodyText.Join(lines, drop);
        if (text.Length == 0)
        {
            return null;
        }
        var found = new ArticleMetadata();
        var title = meta.Title is null ? null : StripSiteName(meta.Title, meta.SiteName, found);
        return new CleanedParts(text)
        {
            Title = title,
            Author = meta.Author ?? bylineAuthor,
            Outlet = meta.SiteName ?? found.Outlet,
            Url = meta.Url,
            Published = meta.Published,
        };
    }

    /// <summary>
    /// Pages often repeat the byline as the first paragraph of the article ("بقلم كريم الجبوري")
    /// even when the metadata names the author: it is not body text. Only a line that is a byline
    /// and nothing more, among the first few kept lines, is dropped.
    /// </summary>
    private static string? DropLeadingByline(string[] lines, bool[] drop)
    {
        var seen = 0;
        for (var i = 0; i < lines.Length && seen < 3; i++)
        {
            if (drop[i])
            {
                continue;
            }
            seen++;
            if (BylineParser.TryParse(lines[i], out var author, out var rest) && string.IsNullOrWhiteSpace(rest))
            {
                drop[i] = true;
                return author;
            }
        }
        return null;
    }

    /// <summary>"Headline - Site" → "Headline", when the suffix is the page's site name or a known outlet.</summary>
    private string StripSiteName(string title, string? siteName, ArticleMetadata found)
    {
        if (siteName is not null)
        {
            foreach (var separator in (string[])[" - ", " | ", " – ", " — "])
            {
                var suffix = separator + siteName;
                if (title.EndsWith(suffix, StringComparison.Ordinal) && title.Length > suffix.Length)
                {
                    return title[..^suffix.Length].TrimEnd();
                }
            }
        }
        return OutletMentions.StripTitleSuffix(title, outlets, found);
    }
}
