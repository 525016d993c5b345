using Marsad.Core.Digests;
using Marsad.Core.Stories;
using Marsad.Stories.Timeline;

namespace Marsad.Stories.Claims;

/// <summary>
/// A planned timeline entry as <see cref="DateConflicts"/> matches it across dates: its story, its
/// actors and places (ids and folded names, as the timeline compares them) and its head words —
/// the content stems of its sentences once names, dates, event words and framing words are taken
/// out, which is what tells one election or deadline from another when kind and actors agree.
/// </summary>
internal sealed record PlannedEvent(TimelineEntry Entry, int Order, string Story, EntityKeys Actors, IReadOnlySet<string> Head)
{
    /// <summary>
    /// How many head words two sentences must share: two, so one common word (زعيم، قوات) does not
    /// join two meetings of one sentence; one when a sentence has fewer to give.
    /// </summary>
    private const int SharedHeadWords = 2;

    public static PlannedEvent Of(TimelineEntry entry, int order, IReadOnlyDictionary<string, StoryDocument> byId, IReadOnlyDictionary<string, string> storyOf)
    {
        string first = entry.Evidence[0].Document;
        string story = storyOf.TryGetValue(first, out string? s) ? "s:" + s : "d:" + first;
        var actors = new EntityKeys();
        var head = new HashSet<string>(StringComparer.Ordinal);
        foreach (Evidence evidence in entry.Evidence)
        {
            StoryDocument doc = byId[evidence.Document];
            actors.AddAll(EntityKeys.InSpan(doc, evidence.Start, evidence.End));
            head.UnionWith(HeadOf(doc, evidence));
        }

        return new PlannedEvent(entry, order, story, actors, head);
    }

    /// <summary>
    /// Whether the two tell of one planned event: one story and kind, no two different places, a
    /// shared actor (a plan nobody is named in is too vague to set against another), and shared head words — the kind alone does not
    /// tell the Moon–Trump meeting from the Kim–Trump summit that the same sentence goes on to name.
    /// </summary>
    public bool Meets(PlannedEvent other) =>
        string.Equals(Story, other.Story, StringComparison.Ordinal)
        && string.Equals(Entry.Kind, other.Entry.Kind, StringComparison.Ordinal)
        && !Actors.PlacesApart(other.Actors)
        && Actors.Overlaps(other.Actors)
        && Head.Count(other.Head.Contains) >= Math.Max(1, Math.Min(SharedHeadWords, Math.Min(Head.Count, other.Head.Count)));

    /// <summary>The head words the digest read for the evidence's sentence (<see cref="EventDigest.Head"/>).</summary>
    private static IEnumerable<string> HeadOf(StoryDocument doc, Evidence evidence) =>
        doc.Digest.Events.FirstOrDefault(e => e.Planned && e.Start == evidence.Start && e.End == evidence.End)?.Head ?? [];
}
