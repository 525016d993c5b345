using System.Globalization;
using System.Text;
using Marsad.Ingest.Text;

namespace Marsad.Ingest.Reading;

/// <summary>
/// Turns a file's bytes into text: a byte-order mark decides (UTF-8, UTF-16, UTF-32); else strict
/// UTF-8; else windows-1256 when that yields Arabic. Binary files and empty files are refused with
/// a reason. A file that is almost all valid UTF-8 is called invalid UTF-8 rather than decoded as
/// windows-1256, since one corrupt byte in a UTF-8 article would otherwise turn it into mojibake.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(false, false, true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(true, false, true);
    private static readonly UTF32Encoding StrictUtf32Le = new(false, false, true);

    /// <summary>Share of control bytes above which a file is binary rather than text.</summary>
    private const double MaxControlShare = 0.02;

    /// <summary>How much of a file the binary sniff looks at.</summary>
    private const int SniffBytes = 64 * 1024;

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return DecodeResult.Failed("empty file");
        }
        var decoded = DecodeWithBom(bytes) ?? DecodeWithoutBom(bytes);
        if (decoded.Text is { } text && string.IsNullOrWhiteSpace(text))
        {
            return DecodeResult.Failed("empty file");
        }
        return decoded;
    }

    /// <summary>Decodes with a named encoding (an HTML page's declared charset), strictly for UTF-8.</summary>
    public static DecodeResult DecodeAs(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return Decode(bytes);
        }
        if (LooksBinary(bytes))
        {
            return DecodeResult.Failed("binary file");
        }
        var text = encoding.GetString(bytes);
        return string.IsNullOrWhiteSpace(text) ? DecodeResult.Failed("empty file") : DecodeResult.Ok(text);
    }

    private static DecodeResult? DecodeWithBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(bytes[3..], StrictUtf8, "UTF-8");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Strict(bytes[4..], StrictUtf32Le, "UTF-32");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(bytes[2..], StrictUtf16Le, "UTF-16");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(bytes[2..], StrictUtf16Be, "UTF-16");
        }
        return null;
    }

    private static DecodeResult DecodeWithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes[..Math.Min(bytes.Length, SniffBytes)].Contains((byte)0))
        {
            return TryUtf16WithoutBom(bytes) ?? DecodeResult.Failed("binary file");
        }
        if (LooksBinary(bytes))
        {
            return DecodeResult.Failed("binary file");
        }
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return DecodeResult.Ok(StrictUtf8.GetString(bytes));
        }
        var (validMultiByte, invalid, firstInvalid) = Utf8Census(bytes);
        if (validMultiByte >= invalid)
        {
            return DecodeResult.Failed($"not valid UTF-8 (invalid byte at offset {firstInvalid.ToString(CultureInfo.InvariantCulture)})");
        }
        var text = CodePages.Windows1256.GetString(bytes);
        var (arabic, letters) = ArabicScript.CountLetters(text);
        return arabic >= ArabicScript.MinArabicLetters && arabic * 2 >= letters
            ? DecodeResult.Ok(text)
            : DecodeResult.Failed("not valid UTF-8 and not windows-1256 Arabic");
    }

    /// <summary>Notepad-style UTF-16 without a mark: every ASCII character carries a zero byte.</summary>
    private static DecodeResult? TryUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 2 != 0)
        {
            return null;
        }
        var zerosAtOdd = 0;
        var zerosAtEven = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                if (i % 2 == 0)
                {
                    zerosAtEven++;
                }
                else
                {
                    zerosAtOdd++;
                }
            }
        }
        Encoding encoding = zerosAtOdd > zerosAtEven * 4 ? StrictUtf16Le : zerosAtEven > zerosAtOdd * 4 ? StrictUtf16Be : StrictUtf8;
        if (encoding is UTF8Encoding)
        {
            return null;
        }
        var result = Strict(bytes, encoding, "UTF-16");
        return result.Text is { } text && ArabicScript.IsArabicText(text) && !text.Contains('\0', StringComparison.Ordinal) ? result : null;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SniffBytes)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0 || (b < 0x20 && b is not (0x09 or 0x0A or 0x0B or 0x0C or 0x0D or 0x1B)) || b == 0x7F)
            {
                control++;
            }
        }
        return control > 0 && (control > sample.Length * MaxControlShare || sample.Contains((byte)0));
    }

    private static DecodeResult Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            return DecodeResult.Ok(encoding.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return DecodeResult.Failed($"not valid {name}");
        }
    }

    /// <summary>Counts well-formed multi-byte UTF-8 sequences and invalid bytes.</summary>
    private static (int ValidMultiByte, int Invalid, int FirstInvalid) Utf8Census(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        var invalid = 0;
        var first = -1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                if (consumed > 1)
                {
                    valid++;
                }
            }
            else
            {
                invalid++;
                if (first < 0)
                {
                    first = offset;
                }
            }
            offset += Math.Max(consumed, 1);
        }
        return (valid, invalid, first);
    }
}
