using System.Text.Json;
using AngleSharp.Dom;

namespace Marsad.Ingest.Html;

/// <summary>
/// The article object of a page's JSON-LD (<c>NewsArticle</c>, <c>Article</c>, <c>BlogPosting</c>…),
/// found inside arrays and <c>@graph</c>. Broken JSON-LD is common and is ignored.
/// </summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Url, string? Publisher)
{
    private static readonly JsonLdArticle None = new(null, null, null, null, null);

    public static JsonLdArticle Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement, depth: 0) is { } article)
                {
                    return From(article);
                }
            }
            catch (JsonException)
            {
                // Invalid JSON-LD says nothing; the meta tags and the page still may.
            }
        }
        return None;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return null;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } found)
                {
                    return found;
                }
            }
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (element.TryGetProperty("@type", out var type) && IsArticleType(type))
        {
            return element;
        }
        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static bool IsArticleType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => type.GetString() is { } name && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "Report"),
        JsonValueKind.Array => type.EnumerateArray().Any(IsArticleType),
        _ => false,
    };

    private static JsonLdArticle From(JsonElement article) => new(
        Name(article, "headline") ?? Name(article, "name"),
        Name(article, "author"),
        Name(article, "datePublished") ?? Name(article, "dateCreated"),
        Name(article, "url") ?? (article.TryGetProperty("mainEntityOfPage", out var page) ? Name(page, "@id") ?? AsString(page) : null),
        article.TryGetProperty("publisher", out var publisher) ? AsString(publisher) : null);

    private static string? Name(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? AsString(value) : null;

    private static string? AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s.Trim() : null,
        JsonValueKind.Object => Name(value, "name"),
        JsonValueKind.Array => string.Join("، ", value.EnumerateArray().Select(AsString).OfType<string>()) is { Length: > 0 } joined ? joined : null,
        _ => null,
    };
}
