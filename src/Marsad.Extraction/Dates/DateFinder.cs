using Marsad.Text;
using Marsad.Core.Analysis;
using Marsad.Text.Normalization;

namespace Marsad.Extraction.Dates;

/// <summary>
/// The date stage of the pipeline: every date expression of an article, explicit or relative, in
/// order, never overlapping, with spans into the original text. Pure and thread-safe: the only
/// "now" it knows is the publication date it is given, never the machine clock.
/// </summary>
/// <remarks>
/// <para>Explicit dates are those of <see cref="ExplicitDateFinder"/>. Relative expressions and day
/// names are resolved against an anchor: <c>published</c> when given; otherwise the latest explicit
/// full date (YYYY-MM-DD) of the text that is not a plan, when the day words agree with it ("اليوم
/// الأربعاء" on a Wednesday); with no anchor at all the mention is still returned, with a null value
/// (and a note with the reason when the text's dates were refused).</para>
/// <para>Values: اليوم = anchor; أمس/الأمس = −1 day; أول أمس/أمس الأول = −2; غدا/الغد = +1; بعد غد = +2;
/// a day word followed by a day name ("أمس الجمعة") keeps the day word's value, and one followed by
/// the date it names ("الخميس 13 يناير 2024") takes that date. A day name alone is the most recent
/// such day on or before the anchor; with الماضي strictly before; with المقبل/القادم strictly after;
/// after a future cue (سوف، المقرر، بحلول …) on or after. الشهر الماضي/المقبل/الجاري and هذا الشهر
/// give YYYY-MM; العام الماضي/المقبل/التالي/الجاري/الحالي and هذا العام give YYYY ("نهاية العام
/// التالي" is END of anchor year + 1). Named weeks (الأسبوع الماضي، هذا الأسبوع) are returned with a
/// null value: a week has no YYYY[-MM[-DD]] form and the first day of a week differs across the Arab
/// world. Counts ("منذ ثلاثة أيام"، "قبل يومين"، "قبل خمسة وتسعين عاما"، "بعد 40 عاما") move the anchor
/// by that many days, weeks (×7 days), months or years, at the unit's precision (a count after بعد only
/// after a future cue: "بعد 11 عاما في السجن" counts from an event, not the article); نحو/حوالي before
/// the count mark APPROX, أكثر من marks BEFORE (AFTER for بعد). A month named without its year takes
/// the year of an explicit date in the same sentence, else the anchor-relative year
/// (<see cref="RelativeResolver.MonthYear"/>).</para>
/// <para>Not dates: اليوم as a noun ("اليوم الوطني", "اليوم التالي", "اليوم الذي", "ذلك اليوم",
/// "اليوم نفسه"), a bare العام/الشهر without a qualifier or a modifier ("الأمين العام"), counts in
/// the plural without a number ("منذ أيام"), and الاثنين ("the two") without a cue of time.</para>
/// </remarks>
public static class DateFinder
{
    /// <summary>Date mentions in <paramref name="text"/>, in order of position, never overlapping.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="published">The article's publication date, the anchor of relative expressions; null when unknown.</param>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(MonthNames.Normalizer.Normalize(text), published);
    }

    /// <summary>The same, over an article already read (its search-folded copy is what the patterns match).</summary>
    public static IReadOnlyList<DateMention> Find(AnalyzedText text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(text.Folded, published);
    }

    private static IReadOnlyList<DateMention> Find(NormalizedText normalized, DateOnly? published) =>
        DateResolution.ToMentions(normalized, DateScanner.Scan(normalized.Value), published, deictic: true);
}
