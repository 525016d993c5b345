using System.Globalization;
using System.Text.Json;

namespace Marsad.Ingest.Reading;

/// <summary>A JSON parse error in the plain words of an error line: "not JSON ('x' is an invalid start of a value, at byte 3)".</summary>
internal static class JsonErrors
{
    public static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        var reason = (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
        var at = exception.BytePositionInLine is { } position ? ", at byte " + position.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return $"not JSON ({reason}{at})";
    }
}
