using System.Globalization;

namespace Marsad.Extraction.Dates;

/// <summary>
/// Hijri months read against the Gregorian calendar through the Umm al-Qura tables (1318–1500 AH,
/// 1900–2077 CE): a Hijri month named with a Gregorian year ("رمضان 2024"), and one named without
/// a year ("15 رمضان", "رمضان الماضي") whose year comes from the anchor.
/// </summary>
internal static class HijriDates
{
    private static readonly UmAlQuraCalendar UmmAlQura = new();

    /// <summary>
    /// The Hijri month <paramref name="month"/> that begins in Gregorian year <paramref name="year"/>
    /// (the first, in the rare years that hold two), as a Gregorian value; null outside the tables.
    /// </summary>
    public static string? InGregorianYear(int year, int month, int? day)
    {
        try
        {
            int hijriYear = UmmAlQura.GetYear(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
            for (int candidate = hijriYear; candidate <= hijriYear + 1; candidate++)
            {
                if (UmmAlQura.ToDateTime(candidate, month, 1, 0, 0, 0, 0).Year == year)
                {
                    return ExplicitDateFinder.FromHijri(candidate, month, day);
                }
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // Outside the Umm al-Qura tables: no value.
        }

        return null;
    }

    /// <summary>
    /// The Gregorian value of a Hijri month (and day) named without a year, by the same rules as
    /// <see cref="RelativeResolver.MonthYear"/> applied to the Hijri date of the anchor.
    /// Throws <see cref="ArgumentOutOfRangeException"/> outside the tables.
    /// </summary>
    public static string? Resolve(RelativeDate relative, DateOnly anchor)
    {
        DateTime at = anchor.ToDateTime(TimeOnly.MinValue);
        int hy = UmmAlQura.GetYear(at);
        int hm = UmmAlQura.GetMonth(at);
        int hd = UmmAlQura.GetDayOfMonth(at);
        int month = relative.Month;
        int day = relative.Day;
        int compare = day == 0 ? month.CompareTo(hm) : (month, day).CompareTo((hm, hd));
        int year = relative switch
        {
            { YearOffset: { } offset } => hy + offset,
            { Direction: < 0 } => compare < 0 || (day == 0 && compare == 0) ? hy : hy - 1,
            { Direction: > 0 } => compare > 0 ? hy : hy + 1,
            _ => Nearest(anchor, hy, month, day),
        };
        return ExplicitDateFinder.FromHijri(year, month, day == 0 ? null : day);
    }

    private static int Nearest(DateOnly anchor, int hijriYear, int month, int day)
    {
        int best = hijriYear;
        long bestDistance = long.MaxValue;
        for (int year = hijriYear - 1; year <= hijriYear + 1; year++)
        {
            int target = Math.Min(day == 0 ? 15 : day, UmmAlQura.GetDaysInMonth(year, month));
            DateTime gregorian = UmmAlQura.ToDateTime(year, month, target, 0, 0, 0, 0);
            long distance = Math.Abs(DateOnly.FromDateTime(gregorian).DayNumber - anchor.DayNumber);
            if (distance < bestDistance)
            {
                best = year;
                bestDistance = distance;
            }
        }

        return best;
    }
}
