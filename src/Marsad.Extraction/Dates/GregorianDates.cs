using System.Text.RegularExpressions;

namespace Marsad.Extraction.Dates;

/// <summary>Reads a match of a Gregorian month name with its optional day, second name, year or relative word.</summary>
internal static class GregorianDates
{
    public static Candidate? Read(GroupCollection g, string text, DateOnly? anchor, bool hasModifier)
    {
        Group first = g["m1"];
        if (!MonthNames.TryGregorian(first.ValueSpan, out int month))
        {
            return null;
        }

        int end = first.Index + first.Length;
        bool doubled = false;
        bool agree = true;
        Group dbl = g["dbl"];
        if (dbl.Success)
        {
            Group second = g["m2"].Success ? g["m2"] : g["m3"].Success ? g["m3"] : g["m4"];
            agree = MonthNames.TryGregorian(second.ValueSpan, out int other) && other == month;
            if (agree)
            {
                doubled = true;
                end = dbl.Index + dbl.Length;
            }
        }

        // A second name for another month ("يناير فبراير") is not a doubled form: the date ends at
        // the first name and the year after the second one is not taken.
        int? year = null;
        Group yearGroup = g["gy"];
        if (agree && yearGroup.Success && DateCandidates.Number(yearGroup) is var y && ExplicitDateFinder.IsYear(y))
        {
            year = y;
            end = yearGroup.Index + yearGroup.Length;
        }

        Group rel = g["rel"];
        int direction = 0;
        if (agree && year is null && rel.Success)
        {
            direction = DateCandidates.Direction(rel.Value);
            end = rel.Index + rel.Length;
        }

        Group dayGroup = g["gd"];
        int? day = dayGroup.Success ? DateCandidates.Number(dayGroup) : null;
        int start = dayGroup.Success ? dayGroup.Index : g["gw"].Success ? g["gw"].Index : first.Index;
        bool corroborated = day is not null || doubled || year is not null || (agree && rel.Success) || g["gw"].Success || hasModifier;
        if (!corroborated && MonthNames.Ambiguous.Contains(MonthNames.CollapseSpaces(first.ValueSpan)) && !AfterPreposition(text, first.Index))
        {
            return null;
        }

        year ??= Infer(anchor, month, direction);
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year ?? 2000, month)))
        {
            return null;
        }

        string? value = year is { } resolved ? ExplicitDateFinder.Format(resolved, month, day) : null;
        return new Candidate(start, end, value, null);
    }

    /// <summary>The year of a month named without one, relative to the article's date.</summary>
    private static int? Infer(DateOnly? anchor, int month, int direction)
    {
        if (anchor is not { } a)
        {
            return null;
        }

        return direction switch
        {
            < 0 when month > a.Month => a.Year - 1,
            > 0 when month < a.Month => a.Year + 1,
            _ => a.Year,
        };
    }

    private static bool AfterPreposition(string text, int index)
    {
        int i = index;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        int end = i;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return end > i && DateCandidates.IsPreposition(text[i..end]);
    }
}
