using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Marsad.Core.Analysis;

namespace Marsad.Extraction.Dates;

/// <summary>Reads the relative alternatives of <see cref="DatePatterns.Date"/> into unresolved dates.</summary>
internal static class RelativeCandidates
{
    /// <summary>The largest count taken as a date: "قبل 2000 عام" names no year we could write.</summary>
    private static readonly FrozenDictionary<RelativeKind, int> MaxCount = new Dictionary<RelativeKind, int>
    {
        [RelativeKind.Days] = 3660,
        [RelativeKind.Weeks] = 520,
        [RelativeKind.Months] = 1200,
        [RelativeKind.Years] = 300,
    }.ToFrozenDictionary();

    // "اليوم" is not today after a demonstrative of distance ("ذلك اليوم" is that day) or "نفس".
    private static readonly FrozenSet<string> Distal = Set("ذلك", "ذاك", "تلك", "ذات", "نفس");

    // الاثنين is also "the two": as a day it follows a word of time or a preposition.
    private static readonly FrozenSet<string> MondayCues = Set("يوم", "في", "صباح", "مساء", "ظهر", "عصر", "فجر", "ليلة", "منذ", "حتى");

    // "في اليوم نفسه" is the same day as one just told of, not today.
    private static readonly FrozenSet<string> Same = Set("نفسه", "ذاته");

    // Words after اليوم that begin with ال but are particles, not adjectives: "يغادر اليوم إلى".
    private static readonly FrozenSet<string> NotAdjectives = Set("إلى", "إلا", "الآن");

    private static readonly FrozenSet<string> TimesOfDay = Set("صباح", "مساء", "ظهر", "ظهيرة", "عصر", "فجر", "ليلة");

    private static readonly FrozenSet<string> CountContinuations = Set("من", "على");

    private static readonly FrozenDictionary<string, (DateModifier Past, DateModifier Future)> Approximations =
        new (string Word, DateModifier Past, DateModifier Future)[]
        {
            ("نحو", DateModifier.Approx, DateModifier.Approx), ("حوالي", DateModifier.Approx, DateModifier.Approx),
            ("قرابة", DateModifier.Approx, DateModifier.Approx), ("زهاء", DateModifier.Approx, DateModifier.Approx),
            ("ما يقارب", DateModifier.Approx, DateModifier.Approx),
            ("أكثر من", DateModifier.Before, DateModifier.After), ("ما يزيد عن", DateModifier.Before, DateModifier.After),
            ("ما يزيد على", DateModifier.Before, DateModifier.After), ("أقل من", DateModifier.After, DateModifier.Before),
        }.ToFrozenDictionary(a => Key(a.Word), a => (a.Past, a.Future), StringComparer.Ordinal);

    private static readonly string Monday = Norm("اثنين");
    private static readonly string Since = Norm("منذ");
    private static readonly string Before = Norm("قبل");
    private static readonly string Now = Norm("الآن");

    /// <param name="match">A match whose relative group <c>r</c> succeeded.</param>
    /// <param name="text">The normalised text.</param>
    /// <param name="positional">Whether a modifier such as نهاية or بحلول precedes, which makes a bare
    /// "العام"/"الشهر" the current one ("بحلول نهاية العام"); alone it is the adjective "general" or a noun.</param>
    public static Candidate? Read(Match match, string text, bool positional)
    {
        GroupCollection g = match.Groups;
        Group r = g["r"];

        // "ل" as the article only after a clitic ل: "للعام الماضي" is a date, "ليوم واحد" is not.
        if (g["a2"].Success && !g["cl"].ValueSpan.EndsWith("ل", StringComparison.Ordinal))
        {
            return null;
        }

        RelativeDate? relative =
            g["cdir"].Success ? Counted(g, text, out DateModifier? modifier)
            : DayWord(g, text, r, positional, out modifier);
        return relative is { } found ? new Candidate(r.Index, r.Index + r.Length, null, modifier, found) : null;
    }

    private static RelativeDate? DayWord(GroupCollection g, string text, Group r, bool positional, out DateModifier? modifier)
    {
        modifier = null;
        // A bare "غد" is tomorrow only as "مساء غد السبت" or "صباح غد"; elsewhere it is the noun "a morrow".
        if (g["dn1b"].Success && !g["dwd"].Success && !TimesOfDay.Contains(PreviousWord(text, r.Index)))
        {
            return null;
        }

        int named = g["dwd"].Success && RelativeWords.Weekdays.TryGetValue(g["dwd"].Value, out int weekday) ? weekday : -1;
        if (g["d2"].Success || g["dp2"].Success || g["d1"].Success || g["dn1"].Success || g["dn1b"].Success)
        {
            int days = g["d2"].Success ? -2 : g["dp2"].Success ? 2 : g["d1"].Success ? -1 : 1;
            return new RelativeDate(RelativeKind.Days, days, NamedWeekday: named);
        }

        if (g["d0"].Success)
        {
            // "اليوم الوطني", "اليوم التالي", "اليوم الذي": اليوم as a noun, not today.
            string next = NextWord(text, r.Index + r.Length, out _);
            bool noun = !g["dwd"].Success && next.StartsWith("ال", StringComparison.Ordinal) && !NotAdjectives.Contains(next);
            return noun || Distal.Contains(PreviousWord(text, r.Index)) || Same.Contains(next) ? null : new RelativeDate(RelativeKind.Days, 0, NamedWeekday: named);
        }

        if (g["wd"].Success)
        {
            string day = g["wd"].Value;
            Group qualifier = g["wq"];
            if (day == Monday && !qualifier.Success && !g["dwy"].Success && !MondayCues.Contains(PreviousWord(text, r.Index))
                && !StartsWithDigit(text, r.Index + r.Length))
            {
                return null;
            }

            int direction = qualifier.Success ? RelativeWords.Qualifiers[qualifier.Value] : 0;
            return new RelativeDate(RelativeKind.Weekday, RelativeWords.Weekdays[day], Direction: direction);
        }

        RelativeKind kind = RelativeWords.Periods[g["pu"].Value];
        if (!g["pthis"].Success && !g["pq"].Success && !positional)
        {
            return null;
        }

        int offset = g["pq"].Success ? RelativeWords.Qualifiers[g["pq"].Value] : 0;
        return new RelativeDate(kind, offset);
    }

    private static RelativeDate? Counted(GroupCollection g, string text, out DateModifier? modifier)
    {
        modifier = null;
        (RelativeKind kind, int implied) = RelativeWords.Units[g["cunit"].Value];
        int? count = g["cnum"].Success ? NumberWords.ParseCount(g["cnum"].Value) : implied;
        int end = g["cunit"].Index + g["cunit"].Length;
        string next = NextWord(text, end, out int afterNext);

        // "منذ عام 2014" names a year (the explicit reading is tried at the next position);
        // "بعد عامين من الحادث" counts from an event, not from the article's date.
        if (count is not { } n || n <= 0 || n > MaxCount[kind] || StartsWithDigit(text, end)
            || (CountContinuations.Contains(next) && NextWord(text, afterNext, out _) != Now))
        {
            return null;
        }

        bool past = g["cdir"].Value == Since || g["cdir"].Value == Before;

        // "بعد 11 عاما في السجن", "بعد عام واحد": after a count, بعد usually counts from an event
        // told of, not from the article's date; only a future cue makes it the article's future.
        if (!past && !DateResolution.HasFutureCue(text, g["cdir"].Index))
        {
            return null;
        }
        if (g["capx"].Success && Approximations.TryGetValue(MonthNames.CollapseSpaces(g["capx"].ValueSpan), out var approx))
        {
            modifier = past ? approx.Past : approx.Future;
        }

        return new RelativeDate(kind, past ? -n : n);
    }

    private static bool StartsWithDigit(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index < text.Length && char.IsAsciiDigit(text[index]);
    }

    private static string NextWord(string text, int index, out int end)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        int start = index;
        while (index < text.Length && char.IsLetter(text[index]))
        {
            index++;
        }

        end = index;
        return text[start..index];
    }

    internal static string PreviousWord(string text, int index)
    {
        while (index > 0 && char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        int end = index;
        while (index > 0 && char.IsLetter(text[index - 1]))
        {
            index--;
        }

        return text[index..end];
    }

    private static string Norm(string word) => MonthNames.Normalizer.NormalizeTerm(word);

    private static string Key(string words) => MonthNames.CollapseSpaces(Norm(words));

    private static FrozenSet<string> Set(params string[] words) => words.Select(Norm).ToFrozenSet(StringComparer.Ordinal);
}
