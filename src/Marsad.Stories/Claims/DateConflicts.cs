using Marsad.Stories.Model;
using Marsad.Stories.Timeline;

namespace Marsad.Stories.Claims;

/// <summary>
/// Dates compared per planned event (an election, a withdrawal, a deadline): the timeline keeps
/// one entry per date, so entries of one story are matched across dates by kind, actors and head
/// words (<see cref="PlannedEvent.Meets"/>). Dates from independent sources published within
/// <see cref="SameTimeDays"/> of each other that cannot both hold — neither contains the other, so
/// "2025" and "2025-09" agree — are a <c>conflict</c>; a date that moved between announcements
/// further apart is a <c>change</c> (a postponement). Happened events are never compared with
/// plans: the timeline keeps them apart, and only planned entries are read.
/// </summary>
internal static class DateConflicts
{
    /// <summary>
    /// Publications this close speak of the same moment: an outlet rarely runs a week behind, and a
    /// plan is rarely moved within three weeks of being announced.
    /// </summary>
    public const int SameTimeDays = 21;

    /// <summary>Planned entries compared per story and kind: bounds the pairwise matching on a huge story.</summary>
    private const int MaxEntries = 300;

    private static readonly Dictionary<string, string> Topics = new(StringComparer.Ordinal)
    {
        [EventKinds.Withdrawal] = "موعد الانسحاب",
        [EventKinds.Election] = "موعد الانتخابات",
        [EventKinds.Vote] = "موعد التصويت",
        [EventKinds.Meeting] = "موعد الاجتماع",
        [EventKinds.Agreement] = "موعد الاتفاق",
        [EventKinds.Deadline] = "الموعد النهائي",
        [EventKinds.Plan] = "موعد تنفيذ الخطة",
    };

    public static IReadOnlyList<Conflict> Find(
        IReadOnlyList<TimelineEntry> timeline, IReadOnlyList<StoryDocument> documents, IReadOnlyDictionary<string, string> storyOf)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(storyOf);
        var byId = new Dictionary<string, StoryDocument>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            byId.TryAdd(doc.Id, doc);
        }

        var planned = timeline
            .Where(e => e.Status == "planned" && e.Kind is { } kind && Topics.ContainsKey(kind) && IsoDates.FirstDay(e.Date) is not null
                && e.Evidence.Count > 0 && e.Evidence.All(ev => byId.ContainsKey(ev.Document)))
            .Select((e, i) => PlannedEvent.Of(e, i, byId, storyOf));
        var found = new List<Conflict>();
        foreach (var group in planned.GroupBy(p => p.Story + "|" + p.Entry.Kind, StringComparer.Ordinal))
        {
            foreach (var cluster in Clusters([.. group.Take(MaxEntries)]))
            {
                Compare(cluster, byId, found);
            }
        }

        return found;
    }

    /// <summary>The entries that tell of one event, in timeline order; only sets of two or more.</summary>
    private static IEnumerable<List<PlannedEvent>> Clusters(List<PlannedEvent> events)
    {
        var sets = new UnionFind(events.Count);
        for (int i = 0; i < events.Count; i++)
        {
            for (int j = i + 1; j < events.Count; j++)
            {
                if (events[i].Meets(events[j]))
                {
                    sets.Union(i, j);
                }
            }
        }

        return events.Select((e, i) => (Event: e, Root: sets.Find(i)))
            .GroupBy(x => x.Root)
            .Select(g => g.Select(x => x.Event).ToList())
            .Where(c => c.Count > 1);
    }

    private static void Compare(List<PlannedEvent> cluster, IReadOnlyDictionary<string, StoryDocument> byId, List<Conflict> found)
    {
        string topic = Topics[cluster[0].Entry.Kind!];
        var claims = cluster.SelectMany(e => Claims(e, byId))
            .OrderBy(c => c.Published)
            .ThenBy(c => c.Order)
            .DistinctBy(c => (c.Source, c.Date))
            .ToList();

        var disputed = claims.Where(c => claims.Exists(o => !string.Equals(o.Source, c.Source, StringComparison.Ordinal)
            && Math.Abs(o.Published.DayNumber - c.Published.DayNumber) <= SameTimeDays && !IsoDates.Compatible(o.Date, c.Date))).ToList();
        if (disputed.Count > 1)
        {
            found.Add(new Conflict(topic, "conflict", [.. disputed.Select(c => c.Claim)]));
        }

        // Each announcement that moves the date, once the previous one has stood for a while.
        var moves = new List<DateClaim>();
        foreach (var claim in claims)
        {
            if (moves.Count == 0 || (!IsoDates.Compatible(claim.Date, moves[^1].Date) && claim.Published.DayNumber - moves[^1].Published.DayNumber > SameTimeDays))
            {
                moves.Add(claim);
            }
        }

        if (moves.Count > 1)
        {
            found.Add(new Conflict(topic, "change", [.. moves.Select(c => c.Claim)]));
        }
    }

    /// <summary>
    /// One claim per sentence of the entry: the most precise date its sentence gives within the
    /// entry's date (a source that says only "2025" keeps its "2025"). An undated publication
    /// cannot be placed in time, so its sentence makes no claim.
    /// </summary>
    private static IEnumerable<DateClaim> Claims(PlannedEvent planned, IReadOnlyDictionary<string, StoryDocument> byId)
    {
        string entryDate = planned.Entry.Date!;
        foreach (Evidence evidence in planned.Entry.Evidence)
        {
            StoryDocument doc = byId[evidence.Document];
            if (doc.Article.Published?.Date is not { } published)
            {
                continue;
            }

            string date = doc.Analysis.Dates
                .Where(d => d.Value is { } v && d.Start >= evidence.Start && d.End <= evidence.End && IsoDates.FirstDay(v) is not null && IsoDates.Compatible(v, entryDate))
                .Select(d => d.Value!)
                .OrderByDescending(v => v.Length)
                .FirstOrDefault() ?? entryDate;
            string source = doc.Article.Outlet ?? "doc:" + doc.Id;
            yield return new DateClaim(new Claim(evidence, date, IsoDates.Format(published), doc.Article.Outlet), date, source, published, (doc.Index, evidence.Start));
        }
    }
}
