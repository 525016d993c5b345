using System.Globalization;

namespace Marsad.Extraction.Dates;

/// <summary>
/// The first day of a range written with one month ("من 12 إلى 15 يناير 2024", "يومي 10 و11
/// أبريل", "12-15 يناير") is a bare number; this gives it its own mention, with the month and year
/// of the date that closes the range.
/// </summary>
internal static class DateRanges
{
    private static readonly string[] Joiners =
        [.. new[] { "إلى", "حتى", "و" }.Select(w => MonthNames.Normalizer.NormalizeTerm(w)), "-", "–"];

    public static List<Candidate> AddStarts(string text, List<Candidate> candidates)
    {
        var result = new List<Candidate>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            Candidate c = candidates[i];
            int floor = result.Count > 0 ? result[^1].End : 0;
            if (c.Modifier is null && DayOf(c) is { } day && Start(text, c.Start, floor) is { } first && first.Day < day)
            {
                result.Add(WithDay(c, first.Start, first.End, first.Day));
            }

            result.Add(c);
        }

        return result;
    }

    private static int? DayOf(Candidate c) =>
        c.IsExplicit && c.Value!.Length == 10 ? int.Parse(c.Value.AsSpan(8, 2), CultureInfo.InvariantCulture)
        : c.Relative is { Kind: RelativeKind.MonthDay, Day: > 0 } r ? r.Day
        : null;

    private static Candidate WithDay(Candidate c, int start, int end, int day) => c.Relative.Kind == RelativeKind.None
        ? new Candidate(start, end, string.Create(CultureInfo.InvariantCulture, $"{c.Value.AsSpan(0, 8)}{day:D2}"), null)
        : new Candidate(start, end, null, null, c.Relative with { Day = day });

    /// <summary>The day number standing before <paramref name="index"/> across a range joiner, not reaching back past <paramref name="floor"/>.</summary>
    private static (int Start, int End, int Day)? Start(string text, int index, int floor)
    {
        int i = SkipSpaceBack(text, index, floor);
        string? joiner = Array.Find(Joiners, j => i - j.Length >= floor && text.AsSpan(i - j.Length, j.Length).SequenceEqual(j));
        if (joiner is null)
        {
            return null;
        }

        i = SkipSpaceBack(text, i - joiner.Length, floor);
        int end = i;
        while (i > floor && end - i < 2 && char.IsAsciiDigit(text[i - 1]))
        {
            i--;
        }

        if (i == end || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
        {
            return null;
        }

        return (i, end, int.Parse(text.AsSpan(i, end - i), CultureInfo.InvariantCulture));
    }

    private static int SkipSpaceBack(string text, int i, int floor)
    {
        while (i > floor && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }
}
