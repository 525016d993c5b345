using System.Text;

namespace Marsad.Ingest.Reading;

/// <summary>
/// Decodes an HTML page: a byte-order mark first, then the charset the page declares in its first
/// bytes (old Arabic sites declare windows-1256 or iso-8859-6), then the plain-text rules.
/// </summary>
internal static class HtmlDecoder
{
    private const int DeclarationWindow = 4096;

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        var declared = bytes.Length >= 2 && (bytes[0] is 0xEF or 0xFF or 0xFE) ? null : DeclaredEncoding(bytes);
        return declared is null ? TextDecoder.Decode(bytes) : TextDecoder.DecodeAs(bytes, declared);
    }

    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, DeclarationWindow)]).ToLowerInvariant();
        var at = head.IndexOf("charset=", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var start = at + "charset=".Length;
        var name = new string([.. head[start..].TrimStart('"', '\'', ' ').TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]);
        return name switch
        {
            "windows-1256" or "cp1256" or "x-cp1256" => CodePages.Windows1256,
            "iso-8859-6" or "iso8859-6" or "arabic" => CodePages.Iso88596,
            _ => null,
        };
    }
}
