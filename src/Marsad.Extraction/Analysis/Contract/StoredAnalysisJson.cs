using System.Globalization;
using System.Text.Json;
using Marsad.Core.Documents;
using Marsad.Extraction.Dates;
using Marsad.Extraction.Entities;

namespace Marsad.Extraction.Analysis.Contract;

/// <summary>
/// One article's analysis as a self-contained contract file (one document, its own entities,
/// ids <c>e1…</c> local to it): the form a store keeps per article and <c>show</c> reads back.
/// </summary>
public static class StoredAnalysisJson
{
    public static string Write(ArticleAnalysis analysis, GeneratorStamp generator)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        using var buffer = new MemoryStream();
        using (var writer = new AnalysisFileWriter(buffer, generator, indented: false))
        {
            writer.Write(analysis);
            writer.Complete();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Reads back what <see cref="Write"/> wrote: the article (as the contract keeps it: the
    /// publication date without its clock time, no URL) and its analysis, local entity ids again.
    /// </summary>
    /// <exception cref="InvalidDataException">The text is not one stored analysis.</exception>
    public static ArticleAnalysis Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            var local = new Dictionary<string, int>(StringComparer.Ordinal);
            var entities = new List<LocalEntity>();
            foreach (JsonElement e in root.GetProperty("entities").EnumerateArray())
            {
                string id = e.GetProperty("id").GetString()!;
                string name = e.GetProperty("name").GetString()!;
                EntityType type = EntityTypes.FromLabel(e.GetProperty("type").GetString()!) ?? throw new InvalidDataException($"unknown entity type in {id}");
                string[] aliases = [.. e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Where(a => !string.Equals(a, name, StringComparison.Ordinal))];
                local[id] = entities.Count;
                entities.Add(new LocalEntity(entities.Count, name, type, aliases));
            }
            JsonElement doc = root.GetProperty("documents")[0];
            string? published = Text(doc, "published");
            var article = new Article(
                doc.GetProperty("id").GetString()!,
                doc.GetProperty("source").GetString()!,
                Text(doc, "title"),
                doc.GetProperty("text").GetString()!,
                Text(doc, "author"),
                Text(doc, "outlet"),
                published is null ? null : PublicationTime.FromDate(DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
                null);
            int? Entity(JsonElement item, string field) => Text(item, field) is { } id ? local[id] : null;
            return new ArticleAnalysis(
                article,
                entities,
                [.. doc.GetProperty("mentions").EnumerateArray().Select(m => new MentionItem(Start(m), End(m), m.GetProperty("text").GetString()!, Entity(m, "entity")!.Value, Confidence(m)))],
                [.. doc.GetProperty("dates").EnumerateArray().Select(d => new DateMention(Start(d), End(d), d.GetProperty("text").GetString()!, Text(d, "value"),
                    Text(d, "modifier") is { } modifier ? Enum.Parse<DateModifier>(modifier, ignoreCase: true) : null))],
                [.. doc.GetProperty("quantities").EnumerateArray().Select(q => new QuantityItem(Start(q), End(q), q.GetProperty("text").GetString()!, q.GetProperty("value").GetDouble(),
                    q.GetProperty("unit").GetString()!, q.TryGetProperty("approximate", out var a) && a.GetBoolean(), Text(q, "bound"), Entity(q, "subject"), Confidence(q)))],
                [.. doc.GetProperty("quotes").EnumerateArray().Select(q => new QuoteItem(Start(q), End(q), q.GetProperty("text").GetString()!, q.GetProperty("direct").GetBoolean(),
                    Text(q, "cue"), Entity(q, "speaker"), Text(q, "date"), Confidence(q)))]);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException or IndexOutOfRangeException)
        {
            throw new InvalidDataException("Not a stored Marsad analysis: " + e.Message, e);
        }

        static string? Text(JsonElement item, string field) =>
            item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        static int Start(JsonElement item) => item.GetProperty("start").GetInt32();
        static int End(JsonElement item) => item.GetProperty("end").GetInt32();
        static double Confidence(JsonElement item) => item.TryGetProperty("confidence", out var c) ? c.GetDouble() : 1;
    }
}
