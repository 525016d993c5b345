using System.Globalization;
using System.Text.Json;

namespace Marsad.Cli.Output;

/// <summary>
/// A contract document (as <c>analyze</c> writes it and a store keeps it) for a person to read:
/// the actors by type with how often each is named, then dates, counts and quotes in text order.
/// It reads the contract JSON rather than the analysis objects, so <c>analyze</c> and <c>show</c>
/// print the same thing from the same source.
/// </summary>
internal static class AnalysisView
{
    private const int QuoteWidth = 140;

    public static void WriteDocument(TextWriter output, JsonElement document, IReadOnlyDictionary<string, JsonElement> entities)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in document.GetProperty("mentions").EnumerateArray())
        {
            string id = mention.GetProperty("entity").GetString()!;
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }
        foreach (var (type, label) in new[] { ("PER", "people"), ("ORG", "organisations"), ("LOC", "places") })
        {
            var named = counts
                .Where(c => entities.TryGetValue(c.Key, out var e) && e.GetProperty("type").GetString() == type)
                .OrderByDescending(c => c.Value)
                .Select(c => Name(entities, c.Key) + (c.Value > 1 ? string.Create(CultureInfo.InvariantCulture, $" ×{c.Value}") : ""))
                .ToList();
            if (named.Count > 0)
            {
                output.WriteLine($"  {label}: {string.Join(" · ", named)}");
            }
        }

        var dates = document.GetProperty("dates").EnumerateArray()
            .Select(d => $"{d.GetProperty("text").GetString()} → {Value(d, "value") ?? "?"}{Suffix(Value(d, "modifier"))}")
            .ToList();
        if (dates.Count > 0)
        {
            output.WriteLine($"  dates: {string.Join(" · ", dates)}");
        }

        foreach (var q in document.GetProperty("quantities").EnumerateArray())
        {
            string line = $"  count: {q.GetProperty("text").GetString()} = {q.GetProperty("value").GetDouble().ToString("0.##", CultureInfo.InvariantCulture)} {q.GetProperty("unit").GetString()}";
            if (q.TryGetProperty("approximate", out var approx) && approx.ValueKind == JsonValueKind.True)
            {
                line += " (approx.)";
            }
            if (Value(q, "bound") is { } bound)
            {
                line += bound == "AT_LEAST" ? " (at least)" : " (at most)";
            }
            if (Value(q, "subject") is { } subject)
            {
                line += $" — {Name(entities, subject)}";
            }
            output.WriteLine(line);
        }

        foreach (var q in document.GetProperty("quotes").EnumerateArray())
        {
            string speaker = Value(q, "speaker") is { } id ? Name(entities, id) : "(unknown speaker)";
            if (Value(q, "speakerFor") is { } body)
            {
                speaker += $" (for {Name(entities, body)})";
            }
            string cue = Value(q, "cue") is { } c ? $" ({c}{(Value(q, "date") is { } date ? ", " + date : "")})" : "";
            string words = Shorten(q.GetProperty("text").GetString() ?? "");
            bool direct = q.GetProperty("direct").GetBoolean();
            output.WriteLine($"  quote: {speaker}{cue}: {(direct ? "«" + words + "»" : words)}");
        }
    }

    /// <summary>Entities of a contract file by id.</summary>
    public static Dictionary<string, JsonElement> EntitiesById(JsonElement root) =>
        root.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, StringComparer.Ordinal);

    private static string Name(IReadOnlyDictionary<string, JsonElement> entities, string id) =>
        entities.TryGetValue(id, out var e) ? e.GetProperty("name").GetString() ?? id : id;

    private static string? Value(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Suffix(string? modifier) => modifier is null ? "" : $" ({modifier})";

    private static string Shorten(string text)
    {
        text = text.ReplaceLineEndings(" ");
        return text.Length <= QuoteWidth ? text : text[..(QuoteWidth - 1)] + "…";
    }
}
