namespace Marsad.Text.Lexicons;

/// <summary>One spelling of a month: <paramref name="Key"/> is its search-folded form, with single spaces.</summary>
/// <param name="IsCommonWord">Also an ordinary word (مارس، آب، ماي): a month only beside a day, a year or another month.</param>
public sealed record MonthName(MonthCalendar Calendar, int Month, string Spelling, string Key, bool IsCommonWord);
