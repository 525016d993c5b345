using Marsad.Core.Stories;
using Marsad.Stories.Timeline;
using Marsad.Core.Digests;

namespace Marsad.Stories.Claims;

/// <summary>
/// Claims and conflicts (issue 4, part 4). Within each story — or across the collection for a
/// standing count with a subject (<see cref="CountFact.Standing"/>) — the count claims of one
/// fact about one subject are compared: on one date (the same day, or the same month or year when that is all
/// the sources give) figures from independent sources — other outlets, never a duplicate — that
/// cannot both hold are a <c>conflict</c>; figures that differ from one date to the next are a
/// <c>change</c>, listed by date with the day's largest figure (tolls only grow through a day).
/// Causes are compared per reported event, by <see cref="CauseConflicts"/>.
/// </summary>
internal static class ConflictFinder
{
    /// <summary>Claims of one fact compared per story: bounds the pairwise check on a huge story.</summary>
    private const int MaxClaims = 400;

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
            foreach (var fact in told.GroupBy(c => c.Fact.Key, StringComparer.Ordinal))
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
            var disputed = Disputed(day.OrderBy(c => c.Order).ToList());
            if (disputed.Count > 0)
            {
                found.Add(new Conflict(topic, "conflict", [.. disputed.Select(c => c.Claim)]));
            }
        }

        var latest = OnePlace(days.Where(d => d.Key.Length > 0)
            .Select(d => d.OrderByDescending(c => c.Value).ThenBy(c => c.Order).First()));
        if (latest.Count > 1 && !AllMeet(latest))
        {
            found.Add(new Conflict(topic, "change", [.. latest.Select(c => c.Claim)]));
        }
    }

    /// <summary>The claims of one date that an independent source contradicts.</summary>
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
