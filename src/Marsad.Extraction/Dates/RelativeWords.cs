using System.Collections.Frozen;

namespace Marsad.Extraction.Dates;

/// <summary>
/// The words of relative dates, keyed by their search-normalised spelling: qualifiers (الماضي،
/// المقبل …) with their direction, day names with their day of the week, and the units a count
/// of time is given in (أيام، أسبوعين، عاما …) with the amount a unit word implies on its own.
/// </summary>
internal static class RelativeWords
{
    /// <summary>Qualifiers to −1 (past), +1 (next) or 0 (current), masculine and feminine.</summary>
    public static FrozenDictionary<string, int> Qualifiers { get; } = Map(
        ("الماضي", -1), ("الماضية", -1), ("المنصرم", -1), ("المنصرمة", -1), ("الفائت", -1), ("الفائتة", -1),
        ("السابق", -1), ("السابقة", -1),
        ("المقبل", 1), ("المقبلة", 1), ("القادم", 1), ("القادمة", 1), ("التالي", 1), ("التالية", 1),
        ("الجاري", 0), ("الجارية", 0), ("الحالي", 0), ("الحالية", 0));

    /// <summary>Day names without the article, to <see cref="DayOfWeek"/> numbers (Sunday = 0).</summary>
    public static FrozenDictionary<string, int> Weekdays { get; } = Map(
        ("أحد", 0), ("اثنين", 1), ("إثنين", 1), ("ثلاثاء", 2), ("ثلاثا", 2), ("أربعاء", 3), ("أربعا", 3),
        ("خميس", 4), ("جمعة", 5), ("سبت", 6));

    /// <summary>
    /// Time units to their kind and the count the word carries alone: 1 for a singular (قبل عام),
    /// 2 for a dual (منذ يومين), 0 for a plural, which needs a number (منذ ثلاثة أيام).
    /// </summary>
    public static FrozenDictionary<string, (RelativeKind Kind, int Implied)> Units { get; } = new (string Word, RelativeKind Kind, int Implied)[]
    {
        ("يوم", RelativeKind.Days, 1), ("يوما", RelativeKind.Days, 1), ("يومين", RelativeKind.Days, 2), ("أيام", RelativeKind.Days, 0),
        ("أسبوع", RelativeKind.Weeks, 1), ("أسبوعا", RelativeKind.Weeks, 1), ("أسبوعين", RelativeKind.Weeks, 2), ("أسابيع", RelativeKind.Weeks, 0),
        ("شهر", RelativeKind.Months, 1), ("شهرا", RelativeKind.Months, 1), ("شهرين", RelativeKind.Months, 2),
        ("أشهر", RelativeKind.Months, 0), ("شهور", RelativeKind.Months, 0),
        ("عام", RelativeKind.Years, 1), ("عاما", RelativeKind.Years, 1), ("عامين", RelativeKind.Years, 2), ("أعوام", RelativeKind.Years, 0),
        ("سنة", RelativeKind.Years, 1), ("سنتين", RelativeKind.Years, 2), ("سنوات", RelativeKind.Years, 0), ("سنين", RelativeKind.Years, 0),
    }.ToFrozenDictionary(u => Norm(u.Word), u => (u.Kind, u.Implied), StringComparer.Ordinal);

    /// <summary>Period nouns of "الشهر الماضي", "هذا العام", "الأسبوع المقبل".</summary>
    public static FrozenDictionary<string, RelativeKind> Periods { get; } = new (string Word, RelativeKind Kind)[]
    {
        ("أسبوع", RelativeKind.Week), ("شهر", RelativeKind.Months), ("عام", RelativeKind.Years), ("سنة", RelativeKind.Years),
    }.ToFrozenDictionary(p => Norm(p.Word), p => p.Kind, StringComparer.Ordinal);

    /// <summary>
    /// Words that put what follows in the future (سوف، المقرر …), so a month named without its year
    /// or a bare day name is read forward from the anchor rather than backward.
    /// </summary>
    public static FrozenSet<string> FutureCues { get; } = new[]
    {
        "سوف", "المقرر", "مقرر", "المقررة", "مقررة", "المزمع", "المزمع", "المرتقب", "المرتقبة", "يعتزم", "تعتزم", "يرتقب",
        "سينطلق", "ستنطلق", "سيقام", "ستقام", "سيعقد", "ستعقد", "سيبدأ", "ستبدأ", "سيتم", "ستتم", "سيكون", "ستكون",
        "سيصل", "ستصل", "سيزور", "ستزور", "سيجري", "ستجري", "سيعود", "ستعود", "سينتهي", "ستنتهي", "سيشارك", "ستشارك",
        "بحلول",
    }.Select(Norm).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, int> Map(params (string Word, int Value)[] pairs) =>
        pairs.DistinctBy(p => Norm(p.Word), StringComparer.Ordinal)
            .ToFrozenDictionary(p => Norm(p.Word), p => p.Value, StringComparer.Ordinal);

    private static string Norm(string word) => MonthNames.Normalizer.NormalizeTerm(word);
}
