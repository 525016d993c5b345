using System.Text;

namespace Marsad.Ingest.PlainText;

/// <summary>Splitting text into trimmed lines and joining the kept ones back into paragraphs.</summary>
internal static class BodyText
{
    private static readonly char[] LineBreaks = ['\n', '\r', '\u2028', '\u2029', '\u0085'];

    public static string[] Split(string text)
    {
        var normalized = text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text;
        var lines = normalized.Split(LineBreaks);
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].Trim();
        }
        return lines;
    }

    /// <summary>
    /// The kept lines, one paragraph a line: a blank line in the source stays one blank line, runs of
    /// blank lines (and the gaps removed lines leave) collapse to one, and none lead or trail.
    /// </summary>
    public static string Join(string[] lines, bool[] drop)
    {
        var builder = new StringBuilder();
        var pendingBlank = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (drop[i])
            {
                continue;
            }
            if (lines[i].Length == 0)
            {
                pendingBlank = builder.Length > 0;
                continue;
            }
            if (builder.Length > 0)
            {
                builder.Append(pendingBlank ? "\n\n" : "\n");
            }
            builder.Append(lines[i]);
            pendingBlank = false;
        }
        return builder.ToString();
    }

    /// <summary>The text without a first paragraph that repeats the title: the contract's text is the body alone.</summary>
    public static string WithoutTitle(string text, string? title)
    {
        if (string.IsNullOrEmpty(title) || !text.StartsWith(title, StringComparison.Ordinal))
        {
            return text;
        }
        var rest = text.AsSpan(title.Length);
        return rest.IsEmpty || rest[0] == '\n' ? rest.TrimStart('\n').ToString() : text;
    }
}
