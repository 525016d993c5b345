using System.Text.RegularExpressions;

namespace Marsad.Extraction.Dates;

/// <summary>Reads a match of a Gregorian month name with its optional day, second name, year or relative word.</summary>
internal static class GregorianDates
{
    public static Candidate? Read(GroupCollection g, string text, bool hasModifier)
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
            Group second = g["m2"];
            agree = MonthNames.TryGregorian(second.ValueSpan, out int other) && other == month;
            if (agree)
            {
                doubled = true;
                end = dbl.Index + dbl.Length;
            }
        }

        // A second name for another month ("يناير فبراير") is not a doubled form: the date ends at
        // the first name and the year or relative word after the second one is not taken.
        int? year = null;
        Group yearGroup = g["gy"];
        if (agree && yearGroup.Success && DateCandidates.Number(yearGroup) is var y && ExplicitDateFinder.IsYear(y))
        {
            year = y;
            Group last = g["gym"].Success ? g["gym"] : yearGroup;
            end = last.Index + last.Length;
        }

        int direction = 0;
        int? yearOffset = null;
        bool qualified = false;
        if (agree && year is null)
        {
            (direction, yearOffset, qualified, end) = Qualify(g, end);
        }

        Group dayGroup = g["gd"].Success ? g["gd"] : g["gdo"];
        int? day = g["gd"].Success ? DateCandidates.Number(dayGroup)
            : dayGroup.Success ? NumberWords.ParseOrdinalDay(dayGroup.Value) : null;
        int start = dayGroup.Success ? dayGroup.Index : g["gw"].Success ? g["gw"].Index : first.Index;
        bool strong = day is not null || doubled || year is not null || qualified;
        bool ambiguous = MonthNames.Ambiguous.Contains(MonthNames.CollapseSpaces(first.ValueSpan));

        // "مارس" is also a verb and "آب" a father: alone they need a month cue, and a clitic glued to
        // them ("وباب", "ومارس") makes a word of them unless a day or year says otherwise.
        if (ambiguous && !strong && (g["cl"].Length > 0 || !(g["gw"].Success || hasModifier || AfterPreposition(text, start))))
        {
            return null;
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year ?? 2000, month)))
        {
            return null;
        }

        return year is { } known
            ? new Candidate(start, end, ExplicitDateFinder.Format(known, month, day), null)
            : new Candidate(start, end, null, null, new RelativeDate(RelativeKind.MonthDay, Month: month, Day: day ?? 0, Direction: direction, YearOffset: yearOffset));
    }

    /// <summary>الماضي/المقبل after the month, or "من العام الماضي", "هذا العام", "الجاري".</summary>
    private static (int Direction, int? YearOffset, bool Qualified, int End) Qualify(GroupCollection g, int end)
    {
        Group rel = g["rel"];
        if (rel.Success)
        {
            int direction = RelativeWords.Qualifiers[rel.Value];
            return (direction, direction == 0 ? 0 : null, true, rel.Index + rel.Length);
        }

        Group yearRel = g["gyr"];
        if (yearRel.Success)
        {
            int offset = g["gthis"].Success ? 0 : RelativeWords.Qualifiers[g["gryq"].Value];
            return (0, offset, true, yearRel.Index + yearRel.Length);
        }

        return (0, null, false, end);
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
