using System.Collections.Frozen;
using System.Globalization;
using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Dates;

/// <summary>
/// Arabic number words as news copy writes counts ("منذ ثلاثة أيام", "قبل خمسة وتسعين عاما") and
/// days of the month ("الثامن من مايو"), keyed by their search-normalised spelling.
/// </summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int> OrdinalUnitValues = Lookup(NumberWordClass.OrdinalUnit);

    private static readonly FrozenDictionary<string, int> OrdinalTens = Lookup(NumberWordClass.OrdinalTen);

    /// <summary>
    /// Cardinal words to values (one to two hundred, from the shared <see cref="NumberWordTable"/>);
    /// 11 stands for أحد/إحدى, which count only before عشر.
    /// </summary>
    public static FrozenDictionary<string, int> Cardinals { get; } = NumberWordTable.Rows
        .Where(r => r.Class is NumberWordClass.One or NumberWordClass.OneOf or NumberWordClass.Two or NumberWordClass.Unit or NumberWordClass.Ten or NumberWordClass.Hundred)
        .SelectMany(r => r.Forms.Select(w => (Key: Norm(w), Value: r.Class == NumberWordClass.OneOf ? 11 : (int)r.Value)))
        .DistinctBy(p => p.Key, StringComparer.Ordinal)
        .ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>
    /// Ordinal days of the month (الأول … التاسع عشر، الحادي والعشرين، الثلاثين), as a compact
    /// pattern: a unit ordinal with an optional عشر or "و العشرين/الثلاثين", or a round ordinal.
    /// </summary>
    public static string OrdinalDayPattern()
    {
        string units = MonthNames.Alternation(OrdinalUnitValues.Keys);
        string tens = MonthNames.Alternation([.. OrdinalTens.Keys.Where(k => k != Norm("العاشر"))]);
        string round = MonthNames.Alternation(OrdinalTens.Keys);
        return $@"(?:{units})(?:\s+{Norm("عشر")}|\s+و\s*(?:{tens}))?|{round}";
    }

    /// <summary>The day (1–31) of an ordinal matched by <see cref="OrdinalDayPattern"/>; null when it names none.</summary>
    public static int? ParseOrdinalDay(string text)
    {
        int day = 0;
        foreach (string part in text.Split([' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            string word = part.StartsWith("وال", StringComparison.Ordinal) ? part[1..] : part;
            if (word == "و")
            {
                continue;
            }

            day += OrdinalUnitValues.TryGetValue(word, out int unit) ? unit
                : OrdinalTens.TryGetValue(word, out int ten) ? ten
                : word == Norm("عشر") ? 10
                : 0;
        }

        return day is >= 1 and <= 31 ? day : null;
    }

    /// <summary>A count: one word, a teen (ثلاثة عشر) or units and tens (خمسة وعشرين).</summary>
    public static string CardinalPattern()
    {
        string word = MonthNames.Alternation(Cardinals.Keys);
        string ten = MonthNames.Alternation([Norm("عشر"), Norm("عشرة")]);
        string tens = MonthNames.Alternation([.. Cardinals.Where(p => p.Value is >= 20 and < 100).Select(p => p.Key)]);
        return $@"(?:{word})(?:\s+(?:{ten})\b|\s+و\s*(?:{tens}))?";
    }

    /// <summary>The value of a count matched by <see cref="CardinalPattern"/> or written in digits; null when it does not parse.</summary>
    public static int? ParseCount(string text)
    {
        if (text.Length > 0 && char.IsAsciiDigit(text[0]))
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int digits) ? digits : null;
        }

        int total = 0;
        bool teen = false;
        foreach (string part in text.Split([' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            string word = part.StartsWith('و') && !Cardinals.ContainsKey(part) ? part[1..] : part;
            if (word.Length == 0)
            {
                continue;
            }

            if (total > 0 && total < 10 && Cardinals.TryGetValue(word, out int ten) && ten == 10)
            {
                teen = true;
                continue;
            }

            if (!Cardinals.TryGetValue(word, out int value))
            {
                return null;
            }

            total += value == 11 ? 1 : value;
        }

        // أحد/إحدى stand alone only as "one of"; with عشر they make eleven, and اثنا عشر twelve.
        return teen ? total + 10 : total > 0 ? total : null;
    }

    private static string Norm(string word) => MonthNames.Normalizer.NormalizeTerm(word);

    private static FrozenDictionary<string, int> Lookup(NumberWordClass kind) => NumberWordTable.Rows
        .Where(r => r.Class == kind)
        .SelectMany(r => r.Forms.Select(w => (Key: Norm(w), Value: (int)r.Value)))
        .DistinctBy(p => p.Key, StringComparer.Ordinal)
        .ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
