using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Ingest.Text;
using Marsad.Text.Normalization;

namespace Marsad.Ingest.PlainText;

/// <summary>
/// Finds a calendar date in a short line: "13 يناير, 2024", "الأحد 28 يناير/ كانون الثاني 2024",
/// "2024-01-13", "13/01/2024", "January 13, 2024". Only lines of a page's header or footer are
/// given to it, never running text, so "في 28 يناير" inside a paragraph is not a dateline.
/// </summary>
internal static class DatelineParser
{
    /// <summary>
    /// A guard against a pathological line, not a budget: the patterns have no nested repeats, so
    /// a header line takes microseconds. Long enough that a garbage-collection pause on a busy
    /// heap (hundreds of milliseconds) never makes a real dateline look too slow to be one.
    /// </summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly Regex NamedMonth = new(
        $@"(?<!\d)(?<d>[0-3]?\d)\s*(?:من\s+)?(?:شهر\s+)?(?<m>{ArabicMonths.Alternation})(?![\p{{L}}])(?:\s*[/(\-–]\s*(?:{ArabicMonths.Alternation})(?![\p{{L}}])\s*\)?)?\s*[,،]?\s*(?:عام\s+|سنه\s+)?(?<y>(?:19|20)\d\d)(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);

    private static readonly Regex MonthFirst = new(
        $@"(?<![\p{{L}}])(?<m>{ArabicMonths.Alternation})\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s*[,،]?\s+(?<y>(?:19|20)\d\d)(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);

    private static readonly Regex YearFirst = new(
        @"(?<!\d)(?<y>(?:19|20)\d\d)[-/.](?<mo>[01]?\d)[-/.](?<d>[0-3]?\d)(?!\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);

    private static readonly Regex DayFirst = new(
        @"(?<!\d)(?<d>[0-3]?\d)[-/.](?<mo>[01]?\d)[-/.](?<y>(?:19|20)\d\d)(?!\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);

    /// <summary>Words that may stand beside a date on a dateline: weekdays, "نشر في", times, Hijri months.</summary>
    private static readonly FrozenSet<string> DateWords = new[]
    {
        "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "يوم",
        "نشر", "نشرت", "نشر في", "في", "بتاريخ", "تاريخ", "النشر", "اخر", "تحديث", "التحديث", "تم", "منذ",
        "الساعه", "م", "ص", "ه", "مساء", "صباحا", "ظهرا", "بتوقيت", "غرينتش", "مكه", "المكرمه", "الموافق",
        "عام", "سنه", "gmt", "utc", "published", "updated", "on", "at", "am", "pm", "last",
        "محرم", "صفر", "ربيع", "الاول", "الاخر", "الثاني", "جمادي", "الاولي", "الاخره", "الاخرة", "رجب", "شعبان",
        "رمضان", "شوال", "ذو", "ذي", "القعده", "الحجه",
    }.Select(w => LineKey.Of(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Other words a dateline may carry: a place ("بغداد - 13 يناير 2024"), an agency.</summary>
    private const int MaxOtherWords = 3;

    /// <summary>The first valid date anywhere in <paramref name="text"/>.</summary>
    public static bool TryFind(string text, out DateOnly date) => TryFind(text, out date, out _);

    /// <summary>A line that is a dateline: a date and little else.</summary>
    public static bool IsDateline(string line, out DateOnly date)
    {
        if (LineShape.CountWords(line) > 14 || !TryFind(line, out date, out var residue))
        {
            date = default;
            return false;
        }
        var others = 0;
        foreach (var word in LineKey.Of(residue).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word != "0" && !DateWords.Contains(word))
            {
                others++;
            }
        }
        return others <= MaxOtherWords;
    }

    private static bool TryFind(string text, out DateOnly date, out string residue)
    {
        var folded = ArabicNormalizer.Search.NormalizeTerm(text);
        try
        {
            foreach (var regex in (Regex[])[NamedMonth, MonthFirst, YearFirst, DayFirst])
            {
                for (var match = regex.Match(folded); match.Success; match = match.NextMatch())
                {
                    if (ToDate(match) is { } found)
                    {
                        date = found;
                        residue = string.Concat(folded.AsSpan(0, match.Index), " ", folded.AsSpan(match.Index + match.Length));
                        return true;
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A line that takes this long is not a dateline.
        }
        date = default;
        residue = folded;
        return false;
    }

    private static DateOnly? ToDate(Match match)
    {
        var month = match.Groups["m"].Success ? ArabicMonths.Number(match.Groups["m"].Value) : Int(match.Groups["mo"].Value);
        var year = Int(match.Groups["y"].Value);
        var day = Int(match.Groups["d"].Value);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static int Int(string digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
