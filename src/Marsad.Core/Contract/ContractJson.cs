using System.Text.Encodings.Web;
using System.Text.Json;

namespace Marsad.Core.Contract;

/// <summary>Writer settings shared by every contract file: readable Arabic (not \u escapes), indented.</summary>
internal static class ContractJson
{
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        // The files are read by people as much as by programs; Arabic stays Arabic. The relaxed
        // encoder still escapes what JSON requires (quotes, control characters).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Confidence is an estimate; three decimals say all it knows and keep files small.</summary>
    public static double Round(double confidence) => Math.Round(Math.Clamp(confidence, 0, 1), 3);

    /// <summary>The contract's <c>generator</c> object, models in name order so files compare byte for byte.</summary>
    public static void WriteGenerator(Utf8JsonWriter json, GeneratorStamp generator)
    {
        json.WriteStartObject("generator");
        json.WriteString("name", generator.Name);
        json.WriteString("version", generator.Version);
        json.WriteStartObject("models");
        foreach (var (name, version) in generator.Models.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(name, version);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
