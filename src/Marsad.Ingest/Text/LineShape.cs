namespace Marsad.Ingest.Text;

/// <summary>Cheap shape tests on one trimmed line, shared by every cleaning rule.</summary>
internal static class LineShape
{
    /// <summary>Lines longer than this are prose: no furniture rule or learned line is that long.</summary>
    public const int MaxFurnitureChars = 300;

    public static int CountWords(ReadOnlySpan<char> line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }
        return count;
    }

    /// <summary>Ends like a sentence (a full stop or exclamation), not like a headline or a label.</summary>
    public static bool EndsAsSentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd(" \"'”»)]*".AsSpan());
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '…' or '۔';
    }

    /// <summary>A paragraph of running text, as opposed to a headline, label, teaser or list item.</summary>
    public static bool IsProse(ReadOnlySpan<char> line)
    {
        var words = CountWords(line);
        return words >= 16 || (words >= 8 && EndsAsSentence(line) && !IsListItem(line));
    }

    public static bool IsListItem(ReadOnlySpan<char> line) =>
        line.Length > 1 && (line[0] is '-' or '•' or '*' or '–' or '·' or '▪' or '►' or '◄' or '»'
            || (char.IsDigit(line[0]) && line.Length > 2 && line[1] is '.' or ')' or '-'));

    public static bool HasLetterOrDigit(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A line that is only a link: what copy-pasted source lists and share boxes leave.</summary>
    public static bool IsUrl(ReadOnlySpan<char> line)
    {
        var t = line.Trim("[]()<>- ".AsSpan());
        return (t.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            && t.IndexOfAny(' ', '\t') < 0;
    }
}
