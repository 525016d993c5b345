using Marsad.Ingest.Text;

namespace Marsad.Ingest.PlainText;

/// <summary>
/// Navigation copied above a title: a trail "الرئيسية / أخبار / العراق" or a section label such as
/// "الأخبارتقاريرسياسة" (menu items glued together when a page is copied as text).
/// </summary>
internal static class Breadcrumbs
{
    private static readonly char[] TrailSeparators = ['/', '»', '›', '>', '«', '‹', '<', '\\', '|', '·', '•'];

    /// <summary>
    /// A breadcrumb trail: three or more short segments. When the last segment is long it is the
    /// title the trail leads to, returned in <paramref name="title"/>.
    /// </summary>
    public static bool IsTrail(string line, out string? title)
    {
        title = null;
        var segments = line.Split(TrailSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 3)
        {
            return false;
        }
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (LineShape.CountWords(segments[i]) > 3)
            {
                return false;
            }
        }
        if (LineShape.CountWords(segments[^1]) >= 4)
        {
            title = segments[^1];
        }
        return true;
    }

    /// <summary>
    /// A short line naming a section rather than a story: section words (glued or not), or one or
    /// two words standing over a real headline.
    /// </summary>
    public static bool IsSectionLabel(string line, string nextLine)
    {
        var words = LineShape.CountWords(line);
        if (words > 4 || line.Length > 50 || LineShape.EndsAsSentence(line) || line.IndexOfAny(['?', '؟']) >= 0)
        {
            return false;
        }
        var nextWords = LineShape.CountWords(nextLine);
        if (words <= 2 && nextWords >= 4)
        {
            return true;
        }
        foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (SectionWords.IsSectionish(token))
            {
                return true;
            }
        }
        return false;
    }
}
