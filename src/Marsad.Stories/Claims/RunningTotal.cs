using Marsad.Text.Lexicons;
using Marsad.Text.Tokenization;

namespace Marsad.Stories.Claims;

/// <summary>
/// Whether a count's sentence gives a running total, not the count of one day or one event:
/// "أصيب نحو 12 ألفا منذ 30 مارس", "ارتفع العدد الإجمالي", "حتى الآن" (but "منذ صباح اليوم" is
/// the day's count). Sources compare a total
/// with a total and a day's count with a day's count; set against each other, they look like a
/// disagreement or a change that is neither.
/// </summary>
internal static class RunningTotal
{
    private static readonly FoldedLexicon<bool> Markers = FoldedSet.Of(["منذ", "الإجمالي", "الإجمالية", "إجمالي", "إجمالا", "مجموع", "مجمل"]);

    private static readonly FoldedLexicon<bool> TimesOfDay = FoldedSet.Of(["صباح", "الصباح", "فجر", "الفجر", "ظهر", "الظهر", "مساء", "المساء", "اليوم", "الليلة", "ساعات", "الساعات", "ساعة"]);

    public static bool Says(string? text, int start, int end)
    {
        if (text is null || start < 0 || end > text.Length || start >= end)
        {
            return false;
        }
        string sentence = text[start..end];
        if (sentence.Contains("حتى الآن", StringComparison.Ordinal) || sentence.Contains("حتى الان", StringComparison.Ordinal))
        {
            return true;
        }
        IReadOnlyList<Token> tokens = ArabicTokenizer.Default.Tokenize(sentence);
        for (int i = 0; i < tokens.Count; i++)
        {
            Token token = tokens[i];
            if (token.Kind != TokenKind.ArabicWord || !(Markers.Contains(token.Normalized) || Markers.Contains(token.Base)))
            {
                continue;
            }
            // "منذ صباح اليوم" counts the day: the same count as the day's other reports.
            bool today = i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.ArabicWord && TimesOfDay.Contains(tokens[i + 1].Normalized);
            if (!today)
            {
                return true;
            }
        }
        return false;
    }
}
