using System.Text;
using System.Text.Json;

namespace Marsad.Ingest.Reading;

/// <summary>
/// Maps one JSON object onto a <see cref="RawDocument"/>, accepting the field names corpora use
/// (<c>text</c>/<c>content</c>/<c>body</c>, <c>published</c>/<c>date</c>, <c>outlet</c>/<c>source</c>, …),
/// compared ignoring case.
/// </summary>
internal static class JsonFields
{
    private static readonly string[] TextNames = ["text", "content", "body", "article", "maintext"];
    private static readonly string[] TitleNames = ["title", "headline"];
    private static readonly string[] UrlNames = ["url", "link", "canonical_url"];
    private static readonly string[] PublishedNames = ["published", "date", "published_at", "publishedAt", "datePublished", "pubDate"];
    private static readonly string[] AuthorNames = ["author", "authors", "byline"];
    private static readonly string[] OutletNames = ["outlet", "source", "site", "publisher"];
    private static readonly string[] IdNames = ["id", "_id", "doc_id"];

    public static RawItem ToRaw(JsonElement element, string location)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return RawItem.Failed(location, $"{Describe(element.ValueKind)} where a JSON article object was expected");
        }
        var body = First(element, TextNames);
        if (body is null)
        {
            return RawItem.Failed(location, "no article text (expected a \"text\", \"content\" or \"body\" field)");
        }
        return RawItem.Ok(new RawDocument(location, RawFormat.Fields, body)
        {
            Id = First(element, IdNames),
            Url = First(element, UrlNames),
            Title = First(element, TitleNames),
            Author = First(element, AuthorNames),
            Outlet = First(element, OutletNames),
            Published = First(element, PublishedNames),
        });
    }

    /// <summary>The first named field with a usable value: a string, a number, a {name} object, or a list of strings.</summary>
    private static string? First(JsonElement element, string[] names)
    {
        foreach (var property in element.EnumerateObject())
        {
            foreach (var name in names)
            {
                if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && AsText(property.Value) is { } value)
                {
                    return value;
                }
            }
        }
        return null;
    }

    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Object => value.TryGetProperty("name", out var name) ? AsText(name) : null,
        JsonValueKind.Array => JoinStrings(value),
        _ => null,
    };

    private static string? JoinStrings(JsonElement array)
    {
        var builder = new StringBuilder();
        foreach (var item in array.EnumerateArray())
        {
            if (AsText(item) is { Length: > 0 } text)
            {
                builder.Append(builder.Length > 0 ? "، " : string.Empty).Append(text);
            }
        }
        return builder.Length > 0 ? builder.ToString() : null;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
