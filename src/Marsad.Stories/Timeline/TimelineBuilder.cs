using Marsad.Core.Stories;


namespace Marsad.Stories.Timeline;

/// <summary>
/// The story timeline (issue 4, part 3): the dated events of every story, each reported event once
/// with one piece of evidence per independent source. Reports meet only within their story, and
/// only when kind, status, date and actors agree (<see cref="EventGroup.Accepts"/>). Entries are
/// sorted by date, then by their first evidence.
/// </summary>
internal static class TimelineBuilder
{
    /// <summary>How many open events of a story a report is compared with, newest first: bounds a huge story.</summary>
    private const int MaxCandidates = 400;

    /// <param name="read">Each document's events; <see cref="DocumentEvents.Read"/> when not given (a builder passes one that remembers).</param>
    /// <param name="perStory">Gives a story's entries, computing them with the function given; a builder passes one that keeps an untouched story's entries from its last build.</param>
    public static IReadOnlyList<TimelineEntry> Build(
        IReadOnlyList<StoryDocument> documents,
        IReadOnlyDictionary<string, string> duplicateOf,
        IReadOnlyDictionary<string, string> storyOf,
        Func<StoryDocument, List<SentenceEvent>>? read = null,
        Func<IReadOnlyList<StoryDocument>, Func<List<PlacedEntry>>, List<PlacedEntry>>? perStory = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        ArgumentNullException.ThrowIfNull(storyOf);
        read ??= DocumentEvents.Read;
        perStory ??= (_, compute) => compute();

        // Each document's events are read on all cores (one story may hold most of the documents),
        // then each story is gathered on its own; the entries are put in order after.
        var stories = DocumentScope.Stories(documents, duplicateOf, storyOf);
        var events = PerDocument.Run(stories, read);
        var entries = new List<PlacedEntry>[stories.Count];
        Parallel.For(0, stories.Count, s => entries[s] = perStory(stories[s], () => Entries(stories[s], d => events[d])));

        return [.. entries.SelectMany(e => e)
            .OrderBy(e => e.Entry.Date, StringComparer.Ordinal)
            .ThenBy(e => e.FirstDocument)
            .ThenBy(e => e.FirstStart)
            .Select(e => e.Entry)];
    }

    /// <summary>One story's entries, in the order its events were gathered.</summary>
    private static List<PlacedEntry> Entries(List<StoryDocument> story, Func<StoryDocument, List<SentenceEvent>> read) =>
        [.. Gather(story.SelectMany(read)).Select(g => new PlacedEntry(ToEntry(g), g.Reports[0].Document.Index, g.Reports[0].Start))];

    private static List<EventGroup> Gather(IEnumerable<SentenceEvent> story)
    {
        var groups = new List<EventGroup>();
        // Events only meet within one kind and (but for the turn of a year) one year: the key
        // keeps a story of thousands of reports from comparing each with every open event.
        var byKind = new Dictionary<string, List<EventGroup>>(StringComparer.Ordinal);
        // Reports with an outright date first, so an event takes its date from a source that gives one.
        var reports = story
            .OrderBy(r => r.DateFromPublication)
            .ThenBy(r => r.Document.Index)
            .ThenBy(r => r.Start);
        foreach (var report in reports)
        {
            string key = report.Kind + "|" + report.Date[..Math.Min(4, report.Date.Length)];
            if (!byKind.TryGetValue(key, out var candidates))
            {
                candidates = [];
                byKind.Add(key, candidates);
            }

            EventGroup? match = null;
            for (int i = candidates.Count - 1, seen = 0; i >= 0 && seen < MaxCandidates; i--, seen++)
            {
                if (candidates[i].Accepts(report))
                {
                    match = candidates[i];
                    break;
                }
            }

            if (match is null)
            {
                var group = new EventGroup(report);
                groups.Add(group);
                candidates.Add(group);
            }
            else
            {
                match.Add(report);
            }
        }

        return groups;
    }

    private static TimelineEntry ToEntry(EventGroup group) => new(
        group.Date,
        Summaries.Pick(group.Reports),
        group.Kind,
        [.. group.Entities.Ids],
        group.Evidence(),
        group.Planned ? "planned" : "happened");
}
