using AngleSharp.Dom;
using Marsad.Core.Documents;
using Marsad.Ingest.PlainText;

namespace Marsad.Ingest.Html;

/// <summary>
/// What a page says about itself: OpenGraph and article meta tags, JSON-LD, <c>&lt;time&gt;</c>,
/// <c>rel=canonical</c>, <c>rel=author</c>. Each field takes the first source that has it.
/// </summary>
internal sealed record HtmlMetadata(string? Title, string? Author, PublicationTime? Published, string? Url, string? SiteName)
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
        "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date", "article.published", "publication_date",
    ];

    public static HtmlMetadata Read(IDocument document)
    {
        var meta = MetaTags(document);
        var linked = JsonLdArticle.Read(document);
        var title = First(meta, "og:title", "twitter:title") ?? linked.Headline ?? Text(document.QuerySelector("h1")) ?? Text(document.QuerySelector("title"));
        var author = AuthorFrom(First(meta, "author", "article:author", "dc.creator", "byl"))
            ?? linked.Author
            ?? AuthorFrom(Text(document.QuerySelector("[rel=author], [itemprop=author], .byline, .author, .article-author, .author-name")));
        var published = PublishedFrom(First(meta, DateMetaNames))
            ?? PublishedFrom(linked.DatePublished)
            ?? PublishedFrom(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
            ?? DateFromText(Text(document.QuerySelector("time")));
        var url = Absolute(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Absolute(First(meta, "og:url")) ?? Absolute(linked.Url);
        var site = First(meta, "og:site_name", "application-name", "twitter:site") ?? linked.Publisher;
        return new HtmlMetadata(title, author, published, url, site?.TrimStart('@'));
    }

    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var content = element.GetAttribute("content")?.Trim();
            if (key is not null && !string.IsNullOrEmpty(content))
            {
                tags.TryAdd(key.Trim(), content);
            }
        }
        return tags;
    }

    private static string? First(Dictionary<string, string> tags, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (tags.TryGetValue(key, out var value))
            {
                return value;
            }
        }
        return null;
    }

    private static string? Text(IElement? element)
    {
        var text = element?.TextContent is { } raw ? string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : null;
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>An author's name, not a profile URL; "بقلم: X" reduced to X; long texts refused.</summary>
    private static string? AuthorFrom(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (BylineParser.TryParse(value, out var name, out _))
        {
            return name;
        }
        var trimmed = value.Trim();
        return trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 ? trimmed : null;
    }

    private static PublicationTime? PublishedFrom(string? value) => PublicationTime.TryParse(value, out var time) ? time : null;

    private static PublicationTime? DateFromText(string? text) =>
        text is not null && DatelineParser.TryFind(text, out var date) ? PublicationTime.FromDate(date) : null;

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;
}
