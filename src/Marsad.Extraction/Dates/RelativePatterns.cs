namespace Marsad.Extraction.Dates;

/// <summary>
/// The relative alternatives of <see cref="DatePatterns.Date"/>: day words (اليوم، أمس، غدا، أول
/// أمس، بعد غد) optionally followed by a day name ("أمس الجمعة"), day names (الأربعاء، يوم
/// الخميس الماضي), named periods (الشهر الماضي، هذا العام، الأسبوع المقبل; a bare "العام" is
/// matched too but kept only after a modifier, as in "بحلول نهاية العام") and counts back or
/// forward (منذ ثلاثة أيام، قبل يومين، بعد 40 عاما). Each must end at a word boundary, so
/// "أمسية" and "اليومي" are not dates.
/// </summary>
internal static class RelativePatterns
{
    private const string Article = "(?:(?<a1>ال)|(?<a2>ل))";

    public static string Build()
    {
        string W(params string[] words) => DatePatterns.Words(words);
        string qualifier = MonthNames.Alternation(RelativeWords.Qualifiers.Keys);
        string weekday = MonthNames.Alternation(RelativeWords.Weekdays.Keys);
        string period = MonthNames.Alternation(RelativeWords.Periods.Keys);
        string unit = MonthNames.Alternation(RelativeWords.Units.Keys);
        string approx = W("نحو", "حوالي", "قرابة", "زهاء", "ما يقارب", "أكثر من", "ما يزيد عن", "ما يزيد على", "أقل من");

        string deictic =
            $@"(?:(?<d2>{W("أول أمس", "أمس الأول", "أول من أمس")})|(?<dp2>{W("بعد غد")})" +
            $@"|{Article}(?:(?<d1>{W("أمس")})|(?<dn1>{W("غد")})|(?<d0>{W("يوم")}))|(?<d1>{W("أمس")})|(?<dn1>{W("غدا")})|(?<dn1b>{W("غد")}))" +
            $@"(?:\s+(?:ال)?(?<dwd>{weekday}))?\b";
        string dayName = $@"(?:(?<dwy>{W("يوم")})\s+(?:ال)?|{Article})(?<wd>{weekday})\b(?:\s+(?<wq>{qualifier})\b)?";
        string named = $@"(?:(?<pthis>{W("هذا", "هذه")})\s+{Article}(?<pu>{period})|{Article}(?<pu>{period})(?:\s+(?<pq>{qualifier}))?)\b";
        string counted =
            $@"(?<cdir>{W("منذ", "قبل", "بعد")})\s+(?:(?<capx>{approx})\s+)?" +
            $@"(?:(?<cnum>\d{{1,4}}|{NumberWords.CardinalPattern()})\s+)?(?<cunit>{unit})\b";
        return $"{deictic}|{dayName}|{named}|{counted}";
    }
}
