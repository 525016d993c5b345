namespace Marsad.Stories.Timeline;

/// <summary>
/// The extractive summary of an event: the shortest of its report sentences that is still a
/// sentence (at least <see cref="MinWords"/> words), white space folded, cut at a word boundary to
/// <see cref="MaxLength"/> characters.
/// </summary>
internal static class Summaries
{
    public const int MaxLength = 200;

    private const int MinWords = 5;

    public static string Pick(IEnumerable<SentenceEvent> reports)
    {
        string? best = null;
        bool bestComplete = false;
        foreach (var report in reports)
        {
            string text = Clean(report.Document.Article.Text, report.Start, report.End);
            bool complete = text.Count(c => c == ' ') + 1 >= MinWords;
            if (best is null || (complete && !bestComplete) || (complete == bestComplete && text.Length < best.Length))
            {
                best = text;
                bestComplete = complete;
            }
        }

        return Trim(best ?? "");
    }

    public static string Trim(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        int cut = text.LastIndexOf(' ', MaxLength);
        return (cut > MaxLength / 2 ? text[..cut] : text[..MaxLength]).TrimEnd('،', ',', ' ') + "…";
    }

    private static string Clean(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
