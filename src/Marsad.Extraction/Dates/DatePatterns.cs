using System.Text.RegularExpressions;

namespace Marsad.Extraction.Dates;

/// <summary>
/// The one regex the finder runs over search-normalised text. Non-backtracking, so its cost is
/// linear in the text whatever an article holds; every word list is normalised through
/// <see cref="MonthNames.Normalizer"/> so the pattern meets the text in the same spelling.
/// Validation (ranges, agreeing doubled names, ambiguous names) happens in code, not here.
/// </summary>
/// <remarks>
/// Alternatives are tried in priority order, as a backtracking engine would, so explicit dates
/// win over relative ones at the same position ("قبل عام 2010" is BEFORE 2010, not "a year ago").
/// A word-initial clitic (و، ف، ب، ك، ل and their pairs) may precede any word-form date
/// ("ويناير 2024", "بالأمس", "و2003"); it stays outside the date's span. An article contracted
/// after ل ("للعام الماضي") is matched as <c>a2</c> and kept only when the clitic really ends in ل.
/// </remarks>
internal static class DatePatterns
{
    private const string Clitic = "[وف]?[بكل]?";

    public static Regex Date { get; } = new(
        Build(), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>A regex alternation of words in their normalised spelling, longest first.</summary>
    internal static string Words(params string[] words) =>
        MonthNames.Alternation(words.Select(w => MonthNames.Normalizer.NormalizeTerm(w)));

    private static string Build()
    {
        string mod = Words(
            "مطلع", "بداية", "أوائل", "منتصف", "أواسط", "أواخر", "نهاية", "بحلول", "قبل", "بعد", "حوالي", "نحو", "قرابة", "زهاء");
        string yearWord = $"(?:ال|ل)?(?:{Words("عام", "سنة", "عامي", "عامين")})";
        string cue = Words("في", "منذ", "حتى", "خلال");
        string month = Words("شهر");
        string qualifier = MonthNames.Alternation(RelativeWords.Qualifiers.Keys);
        string gregorianMark = Words("م", "ميلادي", "ميلادية", "للميلاد");
        string hijriMark = Words("هـ", "هجرية", "هجري", "للهجرة");
        string g = MonthNames.Alternation(MonthNames.Gregorian.Keys);
        string h = MonthNames.Alternation(MonthNames.Hijri.Keys);
        string ordinal = NumberWords.OrdinalDayPattern();
        string year = Words("عام", "سنة");
        string from = Words("من");

        string numericDmy = $@"(?<nd>\d{{1,2}})\s?[/.\-]\s?(?<nm>\d{{1,2}})\s?[/.\-]\s?(?<ny>\d{{4}})(?<nmark>\s*(?:{hijriMark}))?\b";
        string numericYmd = @"(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})\b";
        string hijri = $@"(?:(?<hd>\d{{1,2}})\s+)?(?<hw>(?:{month})\s+)?(?<hm>{h})\b(?:\s+(?<hy>\d{{3,4}})(?<hmark>\s*(?:{hijriMark}))?\b|\s+(?<hq>{qualifier})\b)?";
        string gregorian =
            $@"(?:(?<gd>\d{{1,2}})\s+|(?<gdo>{ordinal})\s+(?:{from})\s+)?(?<gw>(?:{month})\s+)?(?<m1>{g})\b" +
            $@"(?<dbl>(?:\s*[/\-–]\s*|\s+|\s*\(\s*)(?<m2>{g})\b(?:\s*\))?)?" +
            $@"(?:(?<yr>\s*,?\s*(?:(?:{from})\s+)?(?:{yearWord}\s+)?(?<gy>\d{{4}})(?<gym>\s*(?:{gregorianMark}))?\b)" +
            $@"|(?<gyr>\s+(?:(?:{from})\s+)?(?:(?:ال|ل)(?:{year})\s+(?<gryq>{qualifier})|(?<gthis>{Words("هذا العام", "هذه السنة")})))\b" +
            $@"|\s+(?<rel>{qualifier})\b)?";
        string hijriYear = $@"(?:(?<hyw>{yearWord})\s+)?(?<hyy>\d{{4}})\s*(?:{hijriMark})\b";
        string years =
            $@"(?<yw>{yearWord})\s+(?<y1>\d{{4}})(?<ym1>\s*(?:{gregorianMark}))?\b" +
            $@"|(?:{cue})\s+(?<y2>\d{{4}})(?<ym2>\s*(?:{gregorianMark}))?\b" +
            $@"|(?<y5>\d{{4}})(?<ym5>\s*(?:{gregorianMark}))\b" +
            $@"|(?<y4>\d{{4}})\b";
        string explicitDates = $"{numericDmy}|{numericYmd}|{hijri}|{gregorian}|{hijriYear}|{years}";
        string parenthesised = $@"\(\s*(?<y3>\d{{4}})(?<ym3>\s*(?:{gregorianMark}))?\s*\)";

        return $@"(?:\b(?<mcl>{Clitic})(?<mod>{mod})\s+)?(?:\b(?<cl>{Clitic})(?:{explicitDates}|(?<r>{RelativePatterns.Build()}))|{parenthesised})";
    }
}
