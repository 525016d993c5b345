using Marsad.Ingest.Text;
using Marsad.Text.Normalization;

namespace Marsad.Ingest.PlainText;

/// <summary>
/// Reads a byline: "كتبه فراس إلياس | 13 يناير, 2024", "بقلم: سارة علي", "تحليل : أحمد حسان",
/// "Latest posts by عبده محمد (see all)", "By Jane Doe". Markers that are also section names
/// ("تحليل", "تقرير", "حوار") count only with a separator after them, so a label is not a byline.
/// </summary>
internal static class BylineParser
{
    private const int MaxNameWords = 6;

    private static readonly (string Marker, bool NeedsSeparator)[] Markers = [.. new (string, bool)[]
    {
        ("كتبه", false), ("كتبته", false), ("كتبها", false), ("كتبت", false), ("كتب", false),
        ("بقلم الكاتبة", false), ("بقلم الكاتب", false), ("بقلم", false),
        ("نشر بواسطة", false), ("بواسطة", false),
        ("تحليل", true), ("إعداد", true), ("اعداد", true), ("تقرير", true), ("تحرير", true), ("حوار", true),
        ("ترجمة", true), ("متابعة", true), ("الكاتبة", true), ("الكاتب", true), ("المحرر", true), ("المراسل", true),
        ("latest posts by", false), ("written by", false), ("posted by", false), ("by", false), ("author", true),
    }.Select(m => (ArabicNormalizer.Search.NormalizeTerm(m.Item1).ToLowerInvariant(), m.Item2)).OrderByDescending(m => m.Item1.Length)];

    private static readonly char[] NameEnds = ['|', '،', ',', '(', '/', '[', '\n', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];

    /// <summary>The author named by a byline line, and what follows the name (often the date).</summary>
    public static bool TryParse(string line, out string author, out string? rest)
    {
        author = string.Empty;
        rest = null;
        if (line.Length > 200)
        {
            return false;
        }
        foreach (var (marker, needsSeparator) in Markers)
        {
            var consumed = ArabicNormalizer.Search.MatchFoldedPrefix(line, marker);
            if (consumed < 0 || (consumed < line.Length && char.IsLetter(line[consumed])))
            {
                continue;
            }
            var after = line.AsSpan(consumed).TrimStart();
            var hasSeparator = after.Length > 0 && after[0] is ':' or '：' or '-' or '–' or '—';
            if (needsSeparator && !hasSeparator)
            {
                return false;
            }
            if (hasSeparator)
            {
                after = after[1..].TrimStart();
            }
            return TryName(after, out author, out rest);
        }
        return false;
    }

    private static bool TryName(ReadOnlySpan<char> text, out string author, out string? rest)
    {
        var end = text.IndexOfAny(NameEnds);
        var dash = IndexOfSpacedDash(text);
        if (dash >= 0 && (end < 0 || dash < end))
        {
            end = dash;
        }
        var name = (end < 0 ? text : text[..end]).Trim().TrimEnd(":-–— ".AsSpan()).ToString();
        rest = end < 0 ? null : text[end..].TrimStart("|،,/-–— ".AsSpan()).ToString();
        author = name;
        var words = LineShape.CountWords(name);
        return words is >= 1 and <= MaxNameWords && LineShape.HasLetterOrDigit(name) && !LineShape.EndsAsSentence(name)
            && !name.Contains(':', StringComparison.Ordinal);
    }

    private static int IndexOfSpacedDash(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '-' or '–' or '—' && text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                return i - 1;
            }
        }
        return -1;
    }
}
