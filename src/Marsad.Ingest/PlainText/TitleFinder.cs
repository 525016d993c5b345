using Marsad.Ingest.Furniture;
using Marsad.Ingest.Text;

namespace Marsad.Ingest.PlainText;

/// <summary>
/// The title of a text page: its first line of content once breadcrumbs, section labels and
/// furniture above it are passed over, provided it is shaped like a headline. A page that opens
/// with a paragraph has no title.
/// </summary>
internal static class TitleFinder
{
    private const int MaxLinesAboveTitle = 4;

    /// <summary>The title's line index (or -1), marking the navigation above it in <paramref name="drop"/>.</summary>
    public static int Find(string[] lines, bool[] drop, FurnitureModel furniture, out string? title)
    {
        title = null;
        var at = NextContent(lines, drop, 0);
        for (var passed = 0; at >= 0 && passed < MaxLinesAboveTitle; passed++)
        {
            var line = lines[at];
            if (Breadcrumbs.IsTrail(line, out var trailTitle))
            {
                drop[at] = true;
                if (trailTitle is not null)
                {
                    title = trailTitle;
                    return at;
                }
                at = NextContent(lines, drop, at + 1);
                continue;
            }
            var next = NextContent(lines, drop, at + 1);
            var aboveHeadline = next >= 0 && IsHeadline(lines[next]) && !BylineParser.TryParse(lines[next], out _, out _);
            if (FurnitureRules.Judge(line, furniture) != LineVerdict.Keep || (aboveHeadline && Breadcrumbs.IsSectionLabel(line, lines[next])))
            {
                drop[at] = true;
                at = next;
                continue;
            }
            break;
        }
        if (at < 0 || !IsHeadline(lines[at]))
        {
            return -1;
        }
        drop[at] = true;
        title = SectionWords.StripGluedPrefix(lines[at]);
        return at;
    }

    /// <summary>Shaped like a headline: a few words to a long sentence, not a paragraph or a list item.</summary>
    public static bool IsHeadline(string line)
    {
        var words = LineShape.CountWords(line);
        return words is >= 2 and <= 30 && line.Length <= 250 && !LineShape.IsListItem(line) && !LineShape.IsUrl(line)
            && (!LineShape.EndsAsSentence(line) || words <= 15);
    }

    private static int NextContent(string[] lines, bool[] drop, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (!drop[i] && lines[i].Length > 0)
            {
                return i;
            }
        }
        return -1;
    }
}
