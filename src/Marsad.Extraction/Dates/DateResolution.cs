using System.Globalization;
using Marsad.Core.Analysis;
using Marsad.Text.Normalization;

namespace Marsad.Extraction.Dates;

/// <summary>
/// Turns scanned candidates into mentions: joins a day word to the date that spells it out
/// ("الخميس 13 يناير 2024", "يوم الأحد الموافق 5 مايو"), adds the first day of a range
/// ("من 12 إلى 15 يناير"), gives each relative date its anchor and
/// its sentence's year, and maps spans back to the original text.
/// </summary>
internal static class DateResolution
{
    private const int CueWindowWords = 12;

    // How close an explicit year must stand to lend it to a month named without one: a long
    // sentence often names another period further on ("في 29 يناير … منذ أواخر عام 2011").
    private const int NearbyYearChars = 80;

    private static readonly string Corresponding = MonthNames.Normalizer.NormalizeTerm("الموافق");

    public static IReadOnlyList<DateMention> ToMentions(NormalizedText normalized, List<Candidate> scanned, DateOnly? published, bool deictic)
    {
        string value = normalized.Value;
        List<Candidate> candidates = DateRanges.AddStarts(value, Join(value, deictic ? scanned : scanned.FindAll(c => !c.Relative.IsDeictic)));
        int[] sentence = Sentences(value, candidates);
        (DateOnly? anchor, string? unanchored) = published is { } date ? (date, null) : TextAnchor(normalized, candidates);
        var mentions = new List<DateMention>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            Candidate c = candidates[i];
            string? resolved = c.Value;
            string? note = null;
            if (c.Relative.Kind != RelativeKind.None)
            {
                int? year = c.Relative.Kind == RelativeKind.MonthDay ? SentenceYear(candidates, sentence, i) : null;
                bool future = c.Relative.Kind is RelativeKind.MonthDay or RelativeKind.Weekday && c.Relative.Direction == 0
                    && HasFutureCue(value, c.End);
                resolved = RelativeResolver.Resolve(c.Relative, anchor, year, future);
                note = resolved is null ? unanchored : null;
            }

            (int start, int end) = normalized.ToOriginal(c.Start, c.End);
            mentions.Add(new DateMention(start, end, normalized.Original[start..end], resolved, c.Modifier, note));
        }

        return mentions;
    }

    /// <summary>
    /// The anchor of an undated article: its latest full date that is not a plan (no future cue
    /// before it), since the article was written on or after everything it dates; but only when
    /// the day words it uses agree ("اليوم الأربعاء" must fall on a Wednesday). An article that
    /// recalls an old event ("في 3 يناير 2020 قتل …") and says "اليوم الأربعاء" a year later would
    /// otherwise put today on the old date. Without an anchor the reason comes back as the note of
    /// every relative date left unresolved.
    /// </summary>
    private static (DateOnly? Anchor, string? Reason) TextAnchor(NormalizedText normalized, List<Candidate> candidates)
    {
        string text = normalized.Value;
        DateOnly? latest = null;
        foreach (Candidate c in candidates)
        {
            if (IsFullDate(c) && !HasFutureCue(text, c.Start)
                && DateOnly.ParseExact(c.Value!, "yyyy-MM-dd", CultureInfo.InvariantCulture) is var day && (latest is null || day > latest))
            {
                latest = day;
            }
        }

        if (latest is not { } anchor)
        {
            return (null, null);
        }

        foreach (Candidate c in candidates)
        {
            if (c.Relative.Kind == RelativeKind.Days && c.Relative.NamedWeekday >= 0
                && (int)anchor.AddDays(c.Relative.Amount).DayOfWeek != c.Relative.NamedWeekday)
            {
                (int start, int end) = normalized.ToOriginal(c.Start, c.End);
                string named = normalized.Original[start..end];
                return (null, string.Create(CultureInfo.InvariantCulture,
                    $"undated article: its latest date, {anchor:yyyy-MM-dd} ({anchor.DayOfWeek}), does not agree with \"{named}\", so it is no anchor"));
            }
        }

        return (anchor, null);
    }

    private static bool IsFullDate(Candidate c) => c.IsExplicit && c.Value!.Length == 10;

    /// <summary>A day name or day word directly before the date it names becomes one mention with that date's value.</summary>
    private static List<Candidate> Join(string text, List<Candidate> candidates)
    {
        var joined = new List<Candidate>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            Candidate c = candidates[i];
            if (i + 1 < candidates.Count && IsDayWord(c) && candidates[i + 1] is var next && SpellsOutDay(next) && OnlyJoiner(text, c.End, next.Start))
            {
                joined.Add(next with { Start = c.Start, Modifier = c.Modifier ?? next.Modifier });
                i++;
                continue;
            }

            joined.Add(c);
        }

        return joined;
    }

    private static bool IsDayWord(Candidate c) =>
        c.Relative.Kind == RelativeKind.Weekday || (c.Relative.Kind == RelativeKind.Days && Math.Abs(c.Relative.Amount) <= 2);

    private static bool SpellsOutDay(Candidate c) =>
        IsFullDate(c) || (c.Relative.Kind == RelativeKind.MonthDay && c.Relative.Day > 0);

    private static bool OnlyJoiner(string text, int start, int end)
    {
        if (end - start > 16)
        {
            return false;
        }

        ReadOnlySpan<char> gap = text.AsSpan(start, end - start).Trim(" \t\r\n\u00A0,،-–");
        return gap.IsEmpty || gap.SequenceEqual(Corresponding);
    }

    /// <summary>Sentence numbers of the candidates: a new sentence wherever a full stop, question mark or line break lies between two.</summary>
    private static int[] Sentences(string text, List<Candidate> candidates)
    {
        int[] sentence = new int[candidates.Count];
        for (int i = 1; i < candidates.Count; i++)
        {
            int from = Math.Min(candidates[i - 1].End, candidates[i].Start);
            bool boundary = text.AsSpan(from, candidates[i].Start - from).IndexOfAny(".!?؟\n") >= 0;
            sentence[i] = sentence[i - 1] + (boundary ? 1 : 0);
        }

        return sentence;
    }

    /// <summary>The year of the explicit date nearest to candidate <paramref name="i"/> in its sentence and close by, if any.</summary>
    private static int? SentenceYear(List<Candidate> candidates, int[] sentence, int i)
    {
        for (int distance = 1; distance < candidates.Count; distance++)
        {
            bool inside = false;
            foreach (int j in (ReadOnlySpan<int>)[i - distance, i + distance])
            {
                if (j < 0 || j >= candidates.Count || sentence[j] != sentence[i])
                {
                    continue;
                }

                inside = true;
                int gap = j < i ? candidates[i].Start - candidates[j].End : candidates[j].Start - candidates[i].End;
                if (gap > NearbyYearChars)
                {
                    continue;
                }

                if (candidates[j].IsExplicit)
                {
                    return int.Parse(candidates[j].Value.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            if (!inside)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether a future cue (سوف، المقرر، بحلول …) stands among the last words of the sentence up to <paramref name="end"/>.</summary>
    internal static bool HasFutureCue(string text, int end)
    {
        int i = end;
        for (int words = 0; words < CueWindowWords && i > 0; words++)
        {
            while (i > 0 && !char.IsLetter(text[i - 1]))
            {
                if (text[i - 1] is '.' or '!' or '?' or '؟' or '\n')
                {
                    return false;
                }

                i--;
            }

            int wordEnd = i;
            while (i > 0 && char.IsLetter(text[i - 1]))
            {
                i--;
            }

            if (RelativeWords.FutureCues.Contains(text[i..wordEnd]))
            {
                return true;
            }
        }

        return false;
    }
}
