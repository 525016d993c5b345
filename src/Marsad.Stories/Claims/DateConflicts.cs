using Marsad.Core.Stories;
using Marsad.Stories.Timeline;
using Marsad.Text.Tokenization;
using Marsad.Core.Digests;
using Marsad.Text.Lexicons;

namespace Marsad.Stories.Claims;

/// <summary>
/// Dates compared per planned event (an election, a withdrawal, a deadline): the timeline keeps
/// one entry per date, so entries of one story are matched across dates by kind, actors and head
/// words (<see cref="PlannedEvent.Meets"/>), and two claims are set against each other only when
/// their entries meet directly, never through a third that resembles both. Dates from independent sources published within
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

    /// <summary>How many days apart two full dates may be and still agree (<see cref="Agree"/>).</summary>
    private const int DaySlack = 3;

    /// <summary>
    /// Words that make a sentence's date a former or a wished-for one, not the date the source
    /// gives: كانت ستجرى أصلاً في نوفمبر 2019، وكان من المقرر في البدء، طالبوا بتقريب موعد الانتخابات إلى 2019.
    /// </summary>
    private static readonly WordTable<bool> NotTheDate = new(
        ((string[])["أصلا", "أصلاً", "الأصل", "البدء", "سابقا", "سابقاً", "كان", "كانت", "تقريب", "طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "مطالبين", "مطالبا",
            "طلب", "طلبت", "اقترح", "اقترحت", "يقترح", "تقترح", "اقتراح"])
            .Select(w => KeyValuePair.Create(w, true)));

    /// <summary>Planned entries compared per story and kind: bounds the pairwise matching on a huge story.</summary>
    private const int MaxEntries = 300;

    /// <summary>
    /// The kinds compared, with their topics: events a story has one of, with one date to agree on.
    /// Meetings, agreements and plans are left out: a story holds many of them with the same actors
    /// (a preparatory meeting on 4 April, the summit on 27 April), and on a year of world news
    /// every meeting "conflict" found was two meetings.
    /// </summary>
    private static readonly Dictionary<string, string> Topics = new(StringComparer.Ordinal)
    {
        [EventKinds.Withdrawal] = "موعد الانسحاب",
        [EventKinds.Election] = "موعد الانتخابات",
        [EventKinds.Vote] = "موعد التصويت",
        [EventKinds.Deadline] = "الموعد النهائي",
    };

    /// <summary>
    /// Kinds whose dates are compared across a thread, not only within a story: a withdrawal or an
    /// election is one event a developing story keeps dating (by September 2025, then by the end of
    /// 2026); a deadline or a vote is not (a thread on one country's economy holds many).
    /// </summary>
    private static readonly HashSet<string> ThreadKinds = new(StringComparer.Ordinal) { EventKinds.Withdrawal, EventKinds.Election };

    /// <param name="threadOf">Each document's thread (its story when its story is in none): the scope of <see cref="ThreadKinds"/>.</param>
    public static IReadOnlyList<Conflict> Find(
        IReadOnlyList<TimelineEntry> timeline, IReadOnlyList<StoryDocument> documents, IReadOnlyDictionary<string, string> storyOf,
        IReadOnlyDictionary<string, string>? threadOf = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(storyOf);
        var byId = DocumentScope.ById(documents);

        var planned = timeline
            .Where(e => e.Status == "planned" && e.Kind is { } kind && Topics.ContainsKey(kind) && IsoDates.FirstDay(e.Date) is not null
                && e.Evidence.Count > 0 && e.Evidence.All(ev => byId.ContainsKey(ev.Document)))
            .Select((e, i) => PlannedEvent.Of(e, i, byId, threadOf is not null && ThreadKinds.Contains(e.Kind!) ? threadOf : storyOf));
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

    /// <summary>Claims of one event compared, earliest first: the check below is cubic in them, and an election covered for months gives thousands.</summary>
    private const int MaxClaims = 200;

    private static void Compare(List<PlannedEvent> cluster, IReadOnlyDictionary<string, StoryDocument> byId, List<Conflict> found)
    {
        string topic = Topics[cluster[0].Entry.Kind!];
        var claims = cluster.SelectMany(e => Claims(e, byId))
            .OrderBy(c => c.Published)
            .ThenBy(c => c.Order)
            .DistinctBy(c => (c.Source, c.Date))
            .Take(MaxClaims)
            .ToList();

        bool Gives(string source, string date, DateOnly around) => claims.Exists(x => string.Equals(x.Source, source, StringComparison.Ordinal)
            && Math.Abs(x.Published.DayNumber - around.DayNumber) <= SameTimeDays && Agree(x.Date, date));
        // A source that also gives the other's date (the deal's deadline and the exit date, both) does not contradict it.
        var disputed = claims.Where(c => claims.Exists(o => !string.Equals(o.Source, c.Source, StringComparison.Ordinal)
            && Math.Abs(o.Published.DayNumber - c.Published.DayNumber) <= SameTimeDays && !Agree(o.Date, c.Date) && o.SameEvent(c)
            && !Gives(o.Source, c.Date, c.Published) && !Gives(c.Source, o.Date, o.Published))).ToList();
        if (disputed.Count > 1)
        {
            found.Add(new Conflict(topic, "conflict", [.. disputed.Select(c => c.Claim)]));
        }

        // Each announcement that moves the date, once the previous one has stood for a while.
        var moves = new List<DateClaim>();
        foreach (var claim in claims)
        {
            if (moves.Count == 0 || (!Agree(claim.Date, moves[^1].Date) && claim.Published.DayNumber - moves[^1].Published.DayNumber > SameTimeDays
                && claim.SameEvent(moves[^1])))
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
    /// Whether two dates can both hold: one contains the other, or two days lie within
    /// <see cref="DaySlack"/> of each other — a vote runs over days, and a weekday (الاثنين) is
    /// resolved a day either way by sources writing on different days.
    /// </summary>
    private static bool Agree(string a, string b) =>
        IsoDates.Compatible(a, b)
        || (a.Length == 10 && b.Length == 10 && IsoDates.FirstDay(a) is { } x && IsoDates.FirstDay(b) is { } y && Math.Abs(x.DayNumber - y.DayNumber) <= DaySlack);

    /// <summary>
    /// One claim per sentence of the entry: the most precise date its sentence gives within the
    /// entry's date (a source that says only "2025" keeps its "2025"), when it gives no other date.
    /// An undated publication
    /// cannot be placed in time, a date not after the publication day is no plan, and a sentence
    /// that recalls a former date or asks for another (<see cref="NotTheDate"/>) gives neither the source's date: none makes a claim.
    /// </summary>
    private static IEnumerable<DateClaim> Claims(PlannedEvent planned, IReadOnlyDictionary<string, StoryDocument> byId)
    {
        string entryDate = planned.Entry.Date!;
        foreach (Evidence evidence in planned.Entry.Evidence)
        {
            StoryDocument doc = byId[evidence.Document];
            if (doc.Article.Published?.Date is not { } published
                || ArabicTokenizer.Default.Tokenize(doc.Article.Text[evidence.Start..evidence.End]).Any(t => WordForms.TryGet(NotTheDate, t, out _)))
            {
                continue;
            }

            var dates = doc.Digest.Dates
                .Where(d => d.Value is { } v && d.Start >= evidence.Start && d.End <= evidence.End && IsoDates.FirstDay(v) is not null)
                .Select(d => d.Value!)
                .ToList();
            if (dates.Exists(v => !IsoDates.Compatible(v, entryDate)))
            {
                // Two dates in one sentence (a summit in June, the test site closed in May): which is the event's is a guess.
                continue;
            }

            string date = dates.OrderByDescending(v => v.Length).FirstOrDefault() ?? entryDate;
            if (IsoDates.LastDay(date) <= published)
            {
                // A plan dated before the article that reports it is a weekday read backwards (ستجتمع الأربعاء) or an old plan
                // recalled; one dated the very day is most often the day it was spoken of (قالت بيونغ يانغ الأربعاء إنها ستلغي القمة).
                continue;
            }

            string source = doc.Article.Outlet ?? "doc:" + doc.Id;
            yield return new DateClaim(new Claim(evidence, date, IsoDates.Format(published), doc.Article.Outlet), date, source, published, (doc.Index, evidence.Start), planned);
        }
    }
}
