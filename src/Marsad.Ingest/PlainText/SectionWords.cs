using System.Collections.Frozen;
using Marsad.Text.Normalization;

namespace Marsad.Ingest.PlainText;

/// <summary>
/// Names of site sections that menus and breadcrumbs are made of. Copying a page as text often
/// glues them together and onto the title ("الأخبارتقاريرسياسة", "حول الخليجعاجل"), so a word
/// that starts or ends with one of them, with letters left over, is recognised too.
/// </summary>
internal static class SectionWords
{
    private static readonly string[] Words = [.. new[]
    {
        "الرئيسية", "الرئيسيه", "أخبار", "الأخبار", "تقارير", "تقرير", "سياسة", "السياسة", "اقتصاد", "الاقتصاد",
        "رياضة", "الرياضة", "ثقافة", "الثقافة", "فن", "فنون", "منوعات", "عاجل", "محليات", "محلي", "دولي", "دولية",
        "عربي", "عربية", "عالمي", "العالم", "مقالات", "مقال", "رأي", "آراء", "الرأي", "تحليلات", "ملفات", "حوارات",
        "تحقيقات", "صحة", "تكنولوجيا", "علوم", "مجتمع", "أعمال", "سياحة", "مال", "منوعات", "فيديو", "صور",
        "مدونات", "تحليل", "شؤون", "متابعات", "أخبار عاجلة", "أقسام",
    }.Select(w => ArabicNormalizer.Search.NormalizeTerm(w)).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)];

    private static readonly FrozenSet<string> Set = Words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A section word, or section words glued to something ("الخليجعاجل").</summary>
    public static bool IsSectionish(string token)
    {
        var folded = ArabicNormalizer.Search.NormalizeTerm(token);
        if (Set.Contains(folded))
        {
            return true;
        }
        foreach (var word in Words)
        {
            if (word.Length >= 3 && folded.Length >= word.Length + 2
                && (folded.StartsWith(word, StringComparison.Ordinal) || folded.EndsWith(word, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The title without section words glued onto its first word ("سياسةالبقاء الأمريكي" →
    /// "البقاء الأمريكي"). Cautious: strips only when two words come off, or one comes off and
    /// leaves a word with the article "ال", so that ordinary words are never cut.
    /// </summary>
    public static string StripGluedPrefix(string title)
    {
        var offset = 0;
        var stripped = 0;
        while (true)
        {
            var rest = title.AsSpan(offset);
            var matched = -1;
            foreach (var word in Words)
            {
                var consumed = ArabicNormalizer.Search.MatchFoldedPrefix(rest, word);
                if (consumed > 0 && consumed < rest.Length && char.IsLetter(rest[consumed]))
                {
                    matched = consumed;
                    break;
                }
            }
            if (matched < 0)
            {
                break;
            }
            offset += matched;
            stripped++;
        }
        if (stripped == 0)
        {
            return title;
        }
        var remainder = title[offset..];
        var firstWordLength = remainder.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? space : remainder.Length;
        var startsWithArticle = ArabicNormalizer.Search.MatchFoldedPrefix(remainder, "ال") > 0 && firstWordLength >= 4;
        return stripped >= 2 || startsWithArticle ? remainder : title;
    }
}
