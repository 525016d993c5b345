using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Marsad.Extraction.Dates;

/// <summary>Turns one regex match into an accepted date, or null when its parts do not hold up.</summary>
internal static class DateCandidates
{
    private static readonly FrozenDictionary<string, DateModifier> Modifiers = new Dictionary<string, DateModifier>
    {
        ["مطلع"] = DateModifier.Start,
        ["بداية"] = DateModifier.Start,
        ["أوائل"] = DateModifier.Start,
        ["منتصف"] = DateModifier.Mid,
        ["أواسط"] = DateModifier.Mid,
        ["أواخر"] = DateModifier.End,
        ["نهاية"] = DateModifier.End,
        ["بحلول"] = DateModifier.Before,
        ["قبل"] = DateModifier.Before,
        ["بعد"] = DateModifier.After,
    }.ToFrozenDictionary(p => Norm(p.Key), p => p.Value, StringComparer.Ordinal);

    // قبل and بعد are left out: "قبل 2000 عام" counts years, so after them a year needs its own cue.
    private static readonly FrozenSet<string> BareYearModifiers =
        Set("مطلع", "بداية", "أوائل", "منتصف", "أواسط", "أواخر", "نهاية", "بحلول");

    private static readonly FrozenSet<string> Prepositions = Set("في", "منذ", "حتى", "خلال");

    private static readonly FrozenSet<string> Past = Set("الماضي", "المنصرم", "الفائت");

    private static readonly FrozenSet<string> Next = Set("المقبل", "القادم");

    // "في 2000 عام" and "منذ 1900 سنة" count years rather than name one.
    private static readonly FrozenSet<string> CountedUnits = Set("عام", "عاما", "سنة", "سنوات", "أعوام");

    public static Candidate? Read(Match match, string text, DateOnly? anchor)
    {
        Group mod = match.Groups["mod"];
        DateModifier? modifier = mod.Success ? Modifiers[mod.Value] : null;
        Candidate? core = ReadCore(match, text, anchor, mod.Success && BareYearModifiers.Contains(mod.Value), mod.Success);
        return core is { } found
            ? found with { Start = mod.Success ? mod.Index : found.Start, Modifier = modifier }
            : null;
    }

    private static Candidate? ReadCore(Match match, string text, DateOnly? anchor, bool bareYearAllowed, bool hasModifier)
    {
        GroupCollection g = match.Groups;
        if (g["nd"].Success)
        {
            return Numeric(g["ny"], g["nm"], g["nd"], g["nd"].Index, g["ny"]);
        }

        if (g["iy"].Success)
        {
            return Numeric(g["iy"], g["im"], g["id"], g["iy"].Index, g["id"]);
        }

        if (g["hm"].Success)
        {
            return Hijri(g);
        }

        if (g["m1"].Success)
        {
            return GregorianDates.Read(g, text, anchor, hasModifier);
        }

        if (g["y1"].Success)
        {
            return Year(g["y1"], g["yw"].Index);
        }

        if (g["y2"].Success && !FollowedByUnit(text, g["y2"]))
        {
            return Year(g["y2"], g["y2"].Index);
        }

        if (g["y3"].Success)
        {
            return Year(g["y3"], g["y3"].Index);
        }

        if (g["y4"].Success && bareYearAllowed && !FollowedByUnit(text, g["y4"]))
        {
            return Year(g["y4"], g["y4"].Index);
        }

        return null;
    }

    internal static bool IsPreposition(string word) => Prepositions.Contains(word);

    internal static int Direction(string relative) => Past.Contains(relative) ? -1 : Next.Contains(relative) ? 1 : 0;

    internal static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static Candidate? Numeric(Group year, Group month, Group day, int start, Group last)
    {
        int y = Number(year);
        int m = Number(month);
        int d = Number(day);
        if (!ExplicitDateFinder.IsYear(y) || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new Candidate(start, last.Index + last.Length, ExplicitDateFinder.Format(y, m, d), null);
    }

    private static Candidate? Hijri(GroupCollection g)
    {
        if (!MonthNames.TryHijri(g["hm"].ValueSpan, out int month))
        {
            return null;
        }

        Group day = g["hd"];
        int start = day.Success ? day.Index : g["hw"].Success ? g["hw"].Index : g["hm"].Index;
        Group last = g["hmark"].Success ? g["hmark"] : g["hy"];
        string? value = ExplicitDateFinder.FromHijri(Number(g["hy"]), month, day.Success ? Number(day) : null);
        return new Candidate(start, last.Index + last.Length, value, null);
    }

    private static Candidate? Year(Group year, int start)
    {
        int y = Number(year);
        return ExplicitDateFinder.IsYear(y)
            ? new Candidate(start, year.Index + year.Length, ExplicitDateFinder.Format(y, null, null), null)
            : null;
    }

    private static bool FollowedByUnit(string text, Group year)
    {
        int i = year.Index + year.Length;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        int start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i > start && CountedUnits.Contains(text[start..i]);
    }

    private static string Norm(string word) => MonthNames.Normalizer.NormalizeTerm(word);

    private static FrozenSet<string> Set(params string[] words) => words.Select(Norm).ToFrozenSet(StringComparer.Ordinal);
}
