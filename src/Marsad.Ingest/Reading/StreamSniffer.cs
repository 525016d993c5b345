using System.Text.Json;

namespace Marsad.Ingest.Reading;

/// <summary>
/// Guesses the format of standard input from its first bytes: gzip (JSON Lines inside), JSON
/// Lines (the first line is a whole JSON value), JSON, HTML, else plain text.
/// </summary>
internal static class StreamSniffer
{
    public const int HeadBytes = 64 * 1024;

    public static InputKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            return InputKind.JsonLinesGzip;
        }
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        text = text.TrimStart(" \t\r\n"u8);
        if (text.IsEmpty)
        {
            return InputKind.Text;
        }
        return text[0] switch
        {
            (byte)'{' => FirstLineIsWholeJson(text) ? InputKind.JsonLines : InputKind.Json,
            (byte)'[' => InputKind.Json,
            (byte)'<' => InputKind.Html,
            _ => InputKind.Text,
        };
    }

    private static bool FirstLineIsWholeJson(ReadOnlySpan<byte> text)
    {
        var newline = text.IndexOf((byte)'\n');
        var line = newline < 0 ? text : text[..newline];
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            return reader.Read() && reader.TrySkip() && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
