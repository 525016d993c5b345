using Marsad.Core.Stories;
using Marsad.Stories.Timeline;
using Marsad.Core.Digests;

namespace Marsad.Stories.Claims;

/// <summary>
/// Claims and conflicts (issue 4, part 4). Within each story — or across the collection for a
/// standing count with a subject (<see cref="CountFact.Standing"/>) — the count claims of one
/// fact about one subject are compared. On one date (the same day, or the same month or year when
/// that is all the sources give) the reports are taken in the order they were published and cut
/// into moments (<see cref="MomentHours"/> from a moment's first report): figures from independent
/// sources — other outlets, never a duplicate — that cannot both hold at one moment are a
/// <c>conflict</c> (16, 17 and 18 killed within the hour); a figure that moves from one moment of
/// the day to the next is a <c>change</c> (a toll rising from 18 in the morning to 55 at night),
/// listed by time with each moment's largest figure; and figures that differ from one date to the
/// next are a <c>change</c> too, listed by date with the day's largest figure. A toll only grows:
/// figures that fall over time are other counts (a day's dead after the month's), never a change.
/// Causes are compared per reported event, by <see cref="CauseConflicts"/>.
/// </summary>
internal static class ConflictFinder
{
    /// <summary>Claims of one fact compared per story: bounds the pairwise check on a huge story.</summary>
    private const int MaxClaims = 400;

    /// <summary>
    /// Reports published within this many hours of a moment's first one speak of one moment: a
    /// breaking story's outlets publish within the hour, while an updated toll comes hours later.
    /// </summary>
    public const double MomentHours = 2;

    /// <param name="read">Each document's count claims; <see cref="ClaimReader.Read"/> when not given (a builder passes one that remembers).</param>
    public static IReadOnlyList<Conflict> Find(
        IReadOnlyList<StoryDocument> documents,
        IReadOnlyDictionary<string, string> duplicateOf,
        IReadOnlyDictionary<string, string> storyOf,
        Func<StoryDocument, List<CountClaim>>? read = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        ArgumentNullException.ThrowIfNull(storyOf);

        var stories = DocumentScope.Stories(documents, duplicateOf, storyOf);
        var claims = PerDocument.Run(stories, read ?? ClaimReader.Read);
        var found = new List<Conflict>();
        foreach (var story in stories)
        {
            // A standing count with a subject is compared across stories below.
            var told = story.SelectMany(d => claims[d]).Where(c => !(c.Fact.Standing && c.SubjectId is not null)).ToList();
            // A running total ("منذ 30 مارس") and one day's count are two counts of one fact.
            foreach (var fact in told.GroupBy(c => c.Compared, StringComparer.Ordinal))
            {
                foreach (var group in SubjectGroups.Split(fact.Take(MaxClaims)))
                {
                    Compare(group, found);
                }
            }
        }

        var standing = stories.SelectMany(s => s).SelectMany(d => claims[d]).Where(c => c.Fact.Standing && c.SubjectId is not null);
        foreach (var fact in standing.GroupBy(c => c.Fact.Key, StringComparer.Ordinal))
        {
            foreach (var group in SubjectGroups.Split(fact.OrderBy(c => c.Order).Take(MaxClaims)))
            {
                Compare(group, found);
            }
        }

        return found;
    }

    private static void Compare(List<CountClaim> claims, List<Conflict> found)
    {
        if (claims.Count < 2)
        {
            return;
        }

        string topic = Topic(claims);
        var days = claims
            .GroupBy(c => c.Claim.AsOf ?? "", StringComparer.Ordinal)
            .OrderBy(g => IsoDates.FirstDay(g.Key) ?? DateOnly.MaxValue)
            .ThenBy(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var day in days)
        {
            var moments = Moments(day);
            foreach (var moment in moments)
            {
                var disputed = Disputed(moment);
                if (disputed.Count > 0)
                {
                    found.Add(new Conflict(topic, "conflict", [.. disputed.Select(c => c.Claim)]));
                }
            }

            var through = OnePlace(moments.Select(m => m.OrderByDescending(c => c.Value).ThenBy(c => c.Order).First()));
            if (through.Count > 1 && !AllMeet(through) && CanMove(through))
            {
                found.Add(new Conflict(topic, "change", [.. through.Select(c => c.Claim)]));
            }
        }

        var latest = OnePlace(days.Where(d => d.Key.Length > 0)
            .Select(d => d.OrderByDescending(c => c.Value).ThenBy(c => c.Order).First()));
        if (latest.Count > 1 && !AllMeet(latest) && CanMove(latest))
        {
            found.Add(new Conflict(topic, "change", [.. latest.Select(c => c.Claim)]));
        }
    }

    /// <summary>
    /// The claims of one date cut into moments by publication time (each moment starts at a report
    /// and holds those published within <see cref="MomentHours"/> after it), each in input order;
    /// claims without a clock time make one moment of their own, before the timed ones.
    /// </summary>
    private static List<List<CountClaim>> Moments(IEnumerable<CountClaim> day)
    {
        var claims = day.OrderBy(c => c.Time.HasValue).ThenBy(c => c.Time?.UtcDateTime).ThenBy(c => c.Order).ToList();
        var moments = new List<List<CountClaim>>();
        DateTimeOffset? start = null;
        foreach (var claim in claims)
        {
            bool sameMoment = moments.Count > 0 && (claim.Time is not { } time
                ? moments[^1][0].Time is null
                : start is { } begun && (time - begun).TotalHours < MomentHours);
            if (!sameMoment)
            {
                moments.Add([]);
                start = claim.Time;
            }
            moments[^1].Add(claim);
        }
        return [.. moments.Select(m => m.OrderBy(c => c.Order).ToList())];
    }

    /// <summary>The claims of one moment that an independent source contradicts.</summary>
    private static List<CountClaim> Disputed(List<CountClaim> claims)
    {
        var disputed = new List<CountClaim>();
        foreach (var claim in claims)
        {
            if (claims.Exists(other => !string.Equals(other.Source, claim.Source, StringComparison.Ordinal)
                && !other.Range.Meets(claim.Range) && !other.Sentence.PlacesApart(claim.Sentence)))
            {
                disputed.Add(claim);
            }
        }

        return disputed;
    }

    /// <summary>The figures in date order, less those about a place other than one already listed (a toll in Somalia, then one in Yemen, is no change).</summary>
    private static List<CountClaim> OnePlace(IEnumerable<CountClaim> claims)
    {
        var kept = new List<CountClaim>();
        foreach (var claim in claims)
        {
            if (!kept.Exists(k => k.Sentence.PlacesApart(claim.Sentence)))
            {
                kept.Add(claim);
            }
        }

        return kept;
    }

    /// <summary>
    /// Whether the figures, in time order, can be one count moving: a toll (the dead, the injured,
    /// the detained, the displaced) only grows, so a later figure wholly below an earlier one is
    /// another count (one day's dead after the month's, a part after the whole), not a change.
    /// A standing count (troops) may move either way.
    /// </summary>
    private static bool CanMove(List<CountClaim> claims)
    {
        if (claims[0].Fact.Standing)
        {
            return true;
        }
        for (int i = 1; i < claims.Count; i++)
        {
            if (claims[i].Range.High < claims[i - 1].Range.Low)
            {
                return false;
            }
        }
        return true;
    }

    private static bool AllMeet(List<CountClaim> claims)
    {
        for (int i = 0; i < claims.Count; i++)
        {
            for (int j = i + 1; j < claims.Count; j++)
            {
                if (!claims[i].Range.Meets(claims[j].Range))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>"عدد القتلى", or "عدد الجنود — الولايات المتحدة" when the count is about someone.</summary>
    private static string Topic(List<CountClaim> claims) =>
        claims.FirstOrDefault(c => c.SubjectName is not null)?.SubjectName is { } name
            ? claims[0].Fact.Label + " — " + name
            : claims[0].Fact.Label;
}
