using System.Globalization;
using System.Text.Json;
using Marsad.Core.Analysis;
using Marsad.Core.Documents;

namespace Marsad.Core.Contract;

/// <summary>
/// One article's analysis as a self-contained contract file (one document, its own entities,
/// ids <c>e1…</c> local to it): the form a store keeps per article and <c>show</c> reads back.
/// </summary>
public static class StoredAnalysisJson
{
    public static string Write(DocumentAnalysis analysis, GeneratorStamp generator)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(generator);
        var ids = new string[analysis.Entities.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[analysis.Entities[i].Id] = "e" + (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ContractJson.Options(indented: false)))
        {
            json.WriteStartObject();
            json.WriteString("version", "1");
            ContractJson.WriteGenerator(json, generator);
            json.WriteStartArray("documents");
            DocumentJson.Write(json, analysis, local => ids[local]);
            json.WriteEndArray();
            json.WriteStartArray("entities");
            foreach (LocalEntity entity in analysis.Entities)
            {
                WriteEntity(json, ids[entity.Id], entity, analysis.Article.Id);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>An actor of the one document: its name is its first alias, as in a whole file.</summary>
    private static void WriteEntity(Utf8JsonWriter json, string id, LocalEntity entity, string documentId)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", entity.Name);
        json.WriteString("type", entity.Type.ToContract());
        json.WriteStartArray("aliases");
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (string alias in entity.Aliases.Prepend(entity.Name))
        {
            if (written.Add(alias))
            {
                json.WriteStringValue(alias);
            }
        }
        json.WriteEndArray();
        json.WriteStartArray("documents");
        json.WriteStringValue(documentId);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Reads back what <see cref="Write"/> wrote: the article (as the contract keeps it: the
    /// publication date without its clock time, no URL) and its analysis, local entity ids again.
    /// </summary>
    /// <exception cref="InvalidDataException">The text is not one stored analysis.</exception>
    public static DocumentAnalysis Read(string json)
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
            return new DocumentAnalysis(
                article,
                entities,
                [.. doc.GetProperty("mentions").EnumerateArray().Select(m => new MentionItem(Start(m), End(m), m.GetProperty("text").GetString()!, Entity(m, "entity")!.Value, Confidence(m)))],
                [.. doc.GetProperty("dates").EnumerateArray().Select(d => new DateMention(Start(d), End(d), d.GetProperty("text").GetString()!, Text(d, "value"),
                    Text(d, "modifier") is { } modifier ? Enum.Parse<DateModifier>(modifier, ignoreCase: true) : null, Text(d, "note")))],
                [.. doc.GetProperty("quantities").EnumerateArray().Select(q => new QuantityItem(Start(q), End(q), q.GetProperty("text").GetString()!, q.GetProperty("value").GetDouble(),
                    q.GetProperty("unit").GetString()!, q.TryGetProperty("approximate", out var a) && a.GetBoolean(), Text(q, "bound"), Entity(q, "subject"), Confidence(q)))],
                [.. doc.GetProperty("quotes").EnumerateArray().Select(q => new QuoteItem(Start(q), End(q), q.GetProperty("text").GetString()!, q.GetProperty("direct").GetBoolean(),
                    Text(q, "cue"), Entity(q, "speaker"), Text(q, "date"), Confidence(q), Entity(q, "speakerFor")))]);
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
