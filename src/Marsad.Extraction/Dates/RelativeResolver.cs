namespace Marsad.Extraction.Dates;

/// <summary>
/// Computes the value of a <see cref="RelativeDate"/> from an anchor date. Pure: the anchor is the
/// only notion of "now", so the same text and anchor always give the same value.
/// </summary>
/// <remarks>
/// Day names: the most recent such day on or before the anchor (news reports the past); with
/// الماضي strictly before it; with المقبل/القادم strictly after it; with a future cue before
/// it (سوف، المقرر …) on or after it. Named weeks have no value in YYYY[-MM[-DD]] and stay null.
/// A month without a year takes <see cref="RelativeDate.YearOffset"/> when given, else a year
/// named in the same sentence, else the anchor-relative year from <see cref="MonthYear"/>.
/// </remarks>
internal static class RelativeResolver
{
    public static string? Resolve(RelativeDate relative, DateOnly? anchor, int? sentenceYear, bool futureCue)
    {
        if (relative.Kind == RelativeKind.MonthDay && relative is { Direction: 0, YearOffset: null } && sentenceYear is { } named)
        {
            return MonthDay(relative, named);
        }

        if (anchor is not { } a)
        {
            return null;
        }

        try
        {
            return relative.Kind switch
            {
                RelativeKind.Days => Full(a.AddDays(relative.Amount)),
                RelativeKind.Weeks => Full(a.AddDays(7 * relative.Amount)),
                RelativeKind.Months => Month(a.AddMonths(relative.Amount)),
                RelativeKind.Years => ExplicitDateFinder.Format(a.Year + relative.Amount, null, null),
                RelativeKind.Weekday => Full(Weekday(a, relative.Amount, relative.Direction, futureCue)),
                RelativeKind.HijriMonthDay => HijriDates.Resolve(relative, a),
                RelativeKind.MonthDay => MonthDay(relative, relative.YearOffset is { } offset ? a.Year + offset : MonthYear(a, relative, futureCue)),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            // An offset beyond DateOnly's range (year 1 to 9999): the mention stands without a value.
            return null;
        }
    }

    /// <summary>
    /// The year of a month (and day) named without one: with الماضي the latest such date before the
    /// anchor, with المقبل the earliest after it, with a future cue the earliest on or after it,
    /// and otherwise whichever of last, this or next year's lies nearest the anchor (within about
    /// six months; a tie goes to the past).
    /// </summary>
    internal static int MonthYear(DateOnly anchor, RelativeDate relative, bool futureCue)
    {
        int month = relative.Month;
        int day = relative.Day;
        int compare = day == 0 ? month.CompareTo(anchor.Month) : (month, day).CompareTo((anchor.Month, anchor.Day));
        if (relative.Direction < 0)
        {
            return compare < 0 || (day == 0 && compare == 0) ? anchor.Year : anchor.Year - 1;
        }

        if (relative.Direction > 0)
        {
            return compare > 0 ? anchor.Year : anchor.Year + 1;
        }

        if (futureCue)
        {
            return compare >= 0 ? anchor.Year : anchor.Year + 1;
        }

        int best = anchor.Year;
        int bestDistance = int.MaxValue;
        for (int year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            int target = Math.Min(day == 0 ? 15 : day, DateTime.DaysInMonth(year, month));
            int distance = Math.Abs(new DateOnly(year, month, target).DayNumber - anchor.DayNumber);
            if (distance < bestDistance)
            {
                best = year;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static DateOnly Weekday(DateOnly anchor, int weekday, int direction, bool futureCue)
    {
        int back = ((int)anchor.DayOfWeek - weekday + 7) % 7;
        int forward = (weekday - (int)anchor.DayOfWeek + 7) % 7;
        return direction switch
        {
            < 0 => anchor.AddDays(-(back == 0 ? 7 : back)),
            > 0 => anchor.AddDays(forward == 0 ? 7 : forward),
            _ when futureCue => anchor.AddDays(forward),
            _ => anchor.AddDays(-back),
        };
    }

    private static string? MonthDay(RelativeDate relative, int year)
    {
        if (!ExplicitDateFinder.IsYear(year) || (relative.Day > 0 && relative.Day > DateTime.DaysInMonth(year, relative.Month)))
        {
            return null;
        }

        return ExplicitDateFinder.Format(year, relative.Month, relative.Day == 0 ? null : relative.Day);
    }

    private static string Full(DateOnly date) => ExplicitDateFinder.Format(date.Year, date.Month, date.Day);

    private static string Month(DateOnly date) => ExplicitDateFinder.Format(date.Year, date.Month, null);
}
