using System.Text.Json;
using Marsad.Core.Analysis;

namespace Marsad.Core.Contract;

/// <summary>
/// Writes one <see cref="DocumentAnalysis"/> as a contract <c>document</c> object. Entity
/// references go through <c>entityId</c>, so the same writer serves a whole file (global ids)
/// and a single stored analysis (local ids).
/// </summary>
internal static class DocumentJson
{
    /// <param name="more">Writes the collection's fields (<c>duplicateOf</c>, <c>story</c>) before the object closes, when given.</param>
    public static void Write(Utf8JsonWriter json, DocumentAnalysis analysis, Func<int, string> entityId, Action<Utf8JsonWriter>? more = null)
    {
        var article = analysis.Article;
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("source", article.Source);
        json.WriteString("title", article.Title);
        json.WriteString("author", article.Author);
        json.WriteString("outlet", article.Outlet);
        json.WriteString("published", article.Published?.DateIso);
        json.WriteString("text", article.Text);

        json.WriteStartArray("mentions");
        foreach (var m in analysis.Mentions)
        {
            json.WriteStartObject();
            Span(json, m.Start, m.End, m.Text);
            json.WriteString("entity", entityId(m.Entity));
            json.WriteNumber("confidence", ContractJson.Round(m.Confidence));
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("dates");
        foreach (var d in analysis.Dates)
        {
            json.WriteStartObject();
            Span(json, d.Start, d.End, d.Text);
            json.WriteString("value", d.Value);
            json.WriteString("modifier", Modifier(d.Modifier));
            if (d.Note is { } note)
            {
                // Optional, beside the contract's fields: why a relative date has no value.
                json.WriteString("note", note);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("quantities");
        foreach (var q in analysis.Quantities)
        {
            json.WriteStartObject();
            Span(json, q.Start, q.End, q.Text);
            json.WriteNumber("value", q.Value);
            json.WriteString("unit", q.Unit);
            json.WriteBoolean("approximate", q.Approximate);
            json.WriteString("bound", q.Bound);
            json.WriteString("subject", q.Subject is { } s ? entityId(s) : null);
            json.WriteNumber("confidence", ContractJson.Round(q.Confidence));
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var q in analysis.Quotes)
        {
            json.WriteStartObject();
            Span(json, q.Start, q.End, q.Text);
            json.WriteString("speaker", q.Speaker is { } s ? entityId(s) : null);
            json.WriteString("speakerFor", q.SpeakerFor is { } body ? entityId(body) : null);
            json.WriteString("cue", q.Cue);
            json.WriteBoolean("direct", q.Direct);
            json.WriteString("date", q.Date);
            json.WriteNumber("confidence", ContractJson.Round(q.Confidence));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        more?.Invoke(json);
        json.WriteEndObject();
    }

    private static void Span(Utf8JsonWriter json, int start, int end, string text)
    {
        json.WriteString("text", text);
        json.WriteNumber("start", start);
        json.WriteNumber("end", end);
    }

    private static string? Modifier(DateModifier? modifier) => modifier?.ToString().ToUpperInvariant();
}
