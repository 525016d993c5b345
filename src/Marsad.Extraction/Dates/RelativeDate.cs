namespace Marsad.Extraction.Dates;

/// <summary>
/// A date whose value depends on an anchor, kept unresolved until the anchor is known (the
/// publication date, or an explicit date elsewhere in the text). <paramref name="Amount"/> is the
/// signed offset for offsets, the day of the week (0 = Sunday) for <see cref="RelativeKind.Weekday"/>;
/// <paramref name="Month"/> and <paramref name="Day"/> (0 = none) belong to
/// <see cref="RelativeKind.MonthDay"/>; <paramref name="Direction"/> is −1 (الماضي), +1 (المقبل),
/// or 0 (none, or الجاري); <paramref name="YearOffset"/> pins the year to the anchor's plus that
/// many years ("31 مارس من العام الماضي"). <paramref name="NamedWeekday"/> is the day of the week
/// named with a day word ("اليوم الأربعاء"، "أمس الثلاثاء"; 0 = Sunday), or -1: the day the word
/// points at must fall on it, which tests an anchor.
/// </summary>
internal readonly record struct RelativeDate(
    RelativeKind Kind, int Amount = 0, int Month = 0, int Day = 0, int Direction = 0, int? YearOffset = null, int NamedWeekday = -1)
{
    /// <summary>A deictic expression (today, last week, Thursday) rather than a named month.</summary>
    public bool IsDeictic => Kind is not (RelativeKind.None or RelativeKind.MonthDay or RelativeKind.HijriMonthDay);
}
