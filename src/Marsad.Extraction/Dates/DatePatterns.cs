using System.Text.RegularExpressions;

namespace Marsad.Extraction.Dates;

/// <summary>
/// The one regex the finder runs over search-normalised text. Non-backtracking, so its cost is
/// linear in the text whatever an article holds; every word list is normalised through
/// <see cref="MonthNames.Normalizer"/> so the pattern meets the text in the same spelling.
/// Validation (ranges, agreeing doubled names, ambiguous names) happens in code, not here.
/// </summary>
internal static class DatePatterns
{
    public static Regex Date { get; } = new(Build(), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static string Build()
    {
        string mod = Words("مطلع", "بداية", "أوائل", "منتصف", "أواسط", "أواخر", "نهاية", "بحلول", "قبل", "بعد");
        string yearWord = Words("عام", "العام", "سنة");
        string cue = Words("في", "منذ", "حتى", "خلال");
        string month = Words("شهر");
        string rel = Words("الماضي", "المنصرم", "الفائت", "المقبل", "القادم", "الجاري", "الحالي");
        string hijriMark = Words("هـ", "هجرية", "هجري", "للهجرة");
        string g = MonthNames.Alternation(MonthNames.Gregorian.Keys);
        string h = MonthNames.Alternation(MonthNames.Hijri.Keys);

        string numericDmy = @"(?<nd>\d{1,2})[/.\-](?<nm>\d{1,2})[/.\-](?<ny>\d{4})\b";
        string numericYmd = @"(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})\b";
        string hijri = $@"(?:\b(?<hd>\d{{1,2}})\s+)?(?<hw>(?:{month})\s+)?(?<hm>{h})\s+(?<hy>\d{{3,4}})\b(?<hmark>\s*(?:{hijriMark})\b)?";
        string gregorian =
            $@"(?:\b(?<gd>\d{{1,2}})\s+)?(?<gw>(?:{month})\s+)?(?<m1>{g})\b" +
            $@"(?<dbl>\s*/\s*(?<m2>{g})\b|\s+(?<m3>{g})\b|\s*\(\s*(?<m4>{g})\s*\))?" +
            $@"(?:(?<yr>\s*,?\s*(?:من\s+)?(?:(?:{yearWord})\s+)?(?<gy>\d{{4}})\b)|\s+(?<rel>{rel})\b)?";
        string year = $@"(?<yw>{yearWord})\s+(?<y1>\d{{4}})\b|\b(?:{cue})\s+(?<y2>\d{{4}})\b|\(\s*(?<y3>\d{{4}})\s*\)|(?<y4>\d{{4}})\b";

        return $@"(?:\b(?<mod>{mod})\s+)?(?:{numericDmy}|{numericYmd}|{hijri}|{gregorian}|{year})";
    }

    private static string Words(params string[] words) =>
        MonthNames.Alternation(words.Select(w => MonthNames.Normalizer.NormalizeTerm(w)));
}
