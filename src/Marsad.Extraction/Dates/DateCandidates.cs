using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Core.Analysis;

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
        ["حوالي"] = DateModifier.Approx,
        ["نحو"] = DateModifier.Approx,
        ["قرابة"] = DateModifier.Approx,
        ["زهاء"] = DateModifier.Approx,
    }.ToFrozenDictionary(p => Norm(p.Key), p => p.Value, StringComparer.Ordinal);

    // قبل and بعد are left out: "قبل 2000 عام" counts years, so after them a year needs its own cue;
    // so are the approximations: "نحو 2000 جندي" counts soldiers.
    private static readonly FrozenSet<string> BareYearModifiers =
        Set("مطلع", "بداية", "أوائل", "منتصف", "أواسط", "أواخر", "نهاية", "بحلول");

    // Four-digit years that are Hijri in a numeric date (1300–1500 AH is 1882–2077 CE; Gregorian years start at 1800).
    private const int HijriNumericFrom = 1300;
    private const int HijriNumericTo = 1500;

    private static readonly string After = Norm("بعد");

    private static readonly string Informed = Norm("مطلع");

    private static readonly FrozenSet<string> Prepositions = Set("في", "منذ", "حتى", "خلال");

    // "في 2000 عام" and "منذ 1900 سنة" count years rather than name one.
    private static readonly FrozenSet<string> CountedUnits = Set("عام", "عاما", "سنة", "سنوات", "أعوام");

    // What may stand between two years of a list: "عامي 2002 و2003", "1910 و 1912", "2014-2015".
    private static readonly FrozenSet<string> YearJoiners = Set("", "و", "أو", "إلى", "حتى", "-", "–", "/", "،", ",");

    /// <summary>
    /// Reads <paramref name="match"/>; <paramref name="previous"/> is the last accepted date, which
    /// lets a bare year continue a list of years.
    /// </summary>
    public static Candidate? Read(Match match, string text, Candidate? previous)
    {
        Group mod = match.Groups["mod"];
        Group r = match.Groups["r"];

        // "بعد غد" (the day after tomorrow) reaches here as the modifier بعد before a bare غد.
        if (mod.Success && match.Groups["dn1b"].Success && mod.Value == After)
        {
            return new Candidate(mod.Index, r.Index + r.Length, null, null, new RelativeDate(RelativeKind.Days, 2));
        }

        // "مصدر مطلع الأحد" is an informed source speaking on Sunday: مطلع does not open a single day.
        if (mod.Success && mod.Value == Informed && r.Success && !match.Groups["dn1b"].Success
            && (match.Groups["wd"].Success || match.Groups["dwd"].Success || match.Groups["d0"].Success || match.Groups["d1"].Success))
        {
            return RelativeCandidates.Read(match, text, positional: false);
        }

        DateModifier? modifier = mod.Success ? Modifiers[mod.Value] : null;
        Candidate? core = r.Success
            ? RelativeCandidates.Read(match, text, mod.Success && BareYearModifiers.Contains(mod.Value))
            : ReadCore(match, text, mod.Success && BareYearModifiers.Contains(mod.Value), mod.Success, previous);
        return core is { } found
            ? found with { Start = mod.Success ? mod.Index : found.Start, Modifier = modifier ?? found.Modifier }
            : null;
    }

    private static Candidate? ReadCore(Match match, string text, bool bareYearAllowed, bool hasModifier, Candidate? previous)
    {
        GroupCollection g = match.Groups;
        if (g["nd"].Success)
        {
            return g["nmark"].Success || Number(g["ny"]) is >= HijriNumericFrom and <= HijriNumericTo
                ? NumericHijri(g)
                : Numeric(g["ny"], g["nm"], g["nd"], g["nd"].Index, g["ny"]);
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
            return GregorianDates.Read(g, text, hasModifier);
        }

        if (g["hyy"].Success)
        {
            return HijriYear(g, match);
        }

        if (g["y1"].Success)
        {
            return Year(g["y1"], g["ym1"], g["yw"].Index);
        }

        if (g["y2"].Success && !FollowedByUnit(text, g["y2"]))
        {
            return Year(g["y2"], g["ym2"], g["y2"].Index);
        }

        if (g["y3"].Success)
        {
            return Year(g["y3"], g["ym3"], g["y3"].Index);
        }

        if (g["y5"].Success)
        {
            return Year(g["y5"], g["ym5"], g["y5"].Index);
        }

        if (g["y4"].Success && (bareYearAllowed || ContinuesYearList(text, g["y4"], previous)) && !FollowedByUnit(text, g["y4"]))
        {
            return Year(g["y4"], null, g["y4"].Index);
        }

        return null;
    }

    internal static bool IsPreposition(string word) => Prepositions.Contains(word);

    internal static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>"21/10/1436هـ" or "21 / 10 / 1436": a numeric date whose year can only be Hijri.</summary>
    private static Candidate? NumericHijri(GroupCollection g)
    {
        int month = Number(g["nm"]);
        if (month is < 1 or > 12)
        {
            return null;
        }

        Group last = g["nmark"].Success ? g["nmark"] : g["ny"];
        string? value = ExplicitDateFinder.FromHijri(Number(g["ny"]), month, Number(g["nd"]));
        return value is null ? null : new Candidate(g["nd"].Index, last.Index + last.Length, value, null);
    }

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

    /// <summary>
    /// A Hijri month with a Hijri year, or with a Gregorian one ("رمضان 2024", no Hijri mark and a
    /// year past 1800), or without a year but with a day or a qualifier ("15 رمضان", "رمضان الماضي"),
    /// which then waits for an anchor. A Hijri name alone is too often a word or a name (صفر، رجب، شعبان).
    /// </summary>
    private static Candidate? Hijri(GroupCollection g)
    {
        if (!MonthNames.TryHijri(g["hm"].ValueSpan, out int month))
        {
            return null;
        }

        Group day = g["hd"];
        int? dayNumber = day.Success ? Number(day) : null;
        int start = day.Success ? day.Index : g["hw"].Success ? g["hw"].Index : g["hm"].Index;
        if (g["hy"].Success)
        {
            int year = Number(g["hy"]);
            Group last = g["hmark"].Success ? g["hmark"] : g["hy"];
            string? value = !g["hmark"].Success && ExplicitDateFinder.IsYear(year)
                ? HijriDates.InGregorianYear(year, month, dayNumber)
                : ExplicitDateFinder.FromHijri(year, month, dayNumber);
            return new Candidate(start, last.Index + last.Length, value, null);
        }

        Group qualifier = g["hq"];
        if ((!qualifier.Success && dayNumber is null) || dayNumber is > 30 or < 1)
        {
            return null;
        }

        int direction = qualifier.Success ? RelativeWords.Qualifiers[qualifier.Value] : 0;
        Group end = qualifier.Success ? qualifier : g["hm"];
        var relative = new RelativeDate(RelativeKind.HijriMonthDay, Month: month, Day: dayNumber ?? 0, Direction: direction,
            YearOffset: qualifier.Success && direction == 0 ? 0 : null);
        return new Candidate(start, end.Index + end.Length, null, null, relative);
    }

    /// <summary>A Hijri year alone ("1445 هـ") is the Gregorian year in which it begins.</summary>
    private static Candidate? HijriYear(GroupCollection g, Match match)
    {
        string? value = ExplicitDateFinder.FromHijri(Number(g["hyy"]), 1, null);
        int start = g["hyw"].Success ? g["hyw"].Index : g["hyy"].Index;
        return value is null ? null : new Candidate(start, match.Index + match.Length, value[..4], null);
    }

    private static Candidate? Year(Group year, Group? mark, int start)
    {
        int y = Number(year);
        Group last = mark is { Success: true } ? mark : year;
        return ExplicitDateFinder.IsYear(y)
            ? new Candidate(start, last.Index + last.Length, ExplicitDateFinder.Format(y, null, null), null)
            : null;
    }

    private static bool ContinuesYearList(string text, Group year, Candidate? previous)
    {
        if (previous is not { IsExplicit: true, Value.Length: 4 } before || before.End > year.Index || year.Index - before.End > 12)
        {
            return false;
        }

        return YearJoiners.Contains(text.AsSpan(before.End, year.Index - before.End).Trim().ToString());
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
