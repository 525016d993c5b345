using System.Collections.Frozen;
using System.Globalization;

namespace Marsad.Extraction.Dates;

/// <summary>
/// Arabic number words as news copy writes counts ("منذ ثلاثة أيام", "قبل خمسة وتسعين عاما") and
/// days of the month ("الثامن من مايو"), keyed by their search-normalised spelling.
/// </summary>
internal static class NumberWords
{
    // Masculine and feminine forms, nominative and oblique, one row per value.
    private static readonly (int Value, string[] Words)[] CardinalRows =
    [
        (1, ["واحد", "واحدة"]),
        (2, ["اثنين", "اثنان", "اثنتين", "اثنتان", "اثني", "اثنا"]),
        (3, ["ثلاثة", "ثلاث"]),
        (4, ["أربعة", "أربع"]),
        (5, ["خمسة", "خمس"]),
        (6, ["ستة", "ست"]),
        (7, ["سبعة", "سبع"]),
        (8, ["ثمانية", "ثماني", "ثمان"]),
        (9, ["تسعة", "تسع"]),
        (10, ["عشرة", "عشر"]),
        (11, ["أحد", "إحدى"]),
        (20, ["عشرين", "عشرون"]),
        (30, ["ثلاثين", "ثلاثون"]),
        (40, ["أربعين", "أربعون"]),
        (50, ["خمسين", "خمسون"]),
        (60, ["ستين", "ستون"]),
        (70, ["سبعين", "سبعون"]),
        (80, ["ثمانين", "ثمانون"]),
        (90, ["تسعين", "تسعون"]),
        (100, ["مائة", "مئة"]),
        (200, ["مائتين", "مئتين", "مائتي", "مئتي"]),
    ];

    private static readonly FrozenDictionary<string, int> OrdinalUnitValues = new (string Word, int Value)[]
    {
        ("الأول", 1), ("الأولى", 1), ("الحادي", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5),
        ("السادس", 6), ("السابع", 7), ("الثامن", 8), ("التاسع", 9),
    }.ToFrozenDictionary(p => Norm(p.Word), p => p.Value, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> OrdinalTens = new (string Word, int Value)[]
    {
        ("العاشر", 10), ("العشرين", 20), ("الثلاثين", 30),
    }.ToFrozenDictionary(p => Norm(p.Word), p => p.Value, StringComparer.Ordinal);

    /// <summary>Cardinal words to values; 11 stands for أحد/إحدى, which only occur before عشر.</summary>
    public static FrozenDictionary<string, int> Cardinals { get; } = CardinalRows
        .SelectMany(r => r.Words.Select(w => (Key: Norm(w), r.Value)))
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
}
