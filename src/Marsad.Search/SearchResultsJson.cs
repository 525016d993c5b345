using System.Text.Encodings.Web;
using System.Text.Json;

namespace Marsad.Search;

/// <summary>
/// The JSON of <c>marsad search --json</c>: <c>{"total": N, "results": [{"id", "title", "outlet",
/// "published", "score", "snippet", "highlights": [[start, end], …]}]}</c>, highlights as UTF-16
/// offsets into the snippet, <c>published</c> the date only (as in the analysis contract).
/// </summary>
public static class SearchResultsJson
{
    /// <summary>Arabic stays readable: letters are written as themselves, not as \u escapes.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static void Write(Utf8JsonWriter writer, SearchResults results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        writer.WriteStartObject();
        writer.WriteNumber("total", results.Total);
        writer.WriteStartArray("results");
        foreach (var hit in results.Hits)
        {
            writer.WriteStartObject();
            writer.WriteString("id", hit.Id);
            writer.WriteString("title", hit.Title);
            writer.WriteString("outlet", hit.Outlet);
            writer.WriteString("published", hit.Published?.DateIso);
            writer.WriteNumber("score", Math.Round(hit.Score, 4));
            writer.WriteString("snippet", hit.Snippet);
            writer.WriteStartArray("highlights");
            foreach (var span in hit.Highlights)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(span.Start);
                writer.WriteNumberValue(span.End);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string ToJson(SearchResults results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, results);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
