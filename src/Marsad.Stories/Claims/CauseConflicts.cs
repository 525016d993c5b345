using Marsad.Core.Stories;
using Marsad.Stories.Timeline;
using Marsad.Core.Digests;

namespace Marsad.Stories.Claims;

/// <summary>
/// Causes compared per reported event: the sentences of one timeline entry (an explosion, an
/// attack or a strike, reported by several sources) are read with <see cref="CauseReader"/>, and
/// two outlets whose causes share nothing (one a car bomb, the other an arms depot going up) make
/// a <c>conflict</c>. Reading per event, not per story, keeps a story of a week of attacks from
/// setting one attack's cause against another's.
/// </summary>
internal static class CauseConflicts
{
    public const string Topic = "سبب الانفجار أو الهجوم";

    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal) { EventKinds.Explosion, EventKinds.Attack, EventKinds.Strike };

    public static IReadOnlyList<Conflict> Find(IReadOnlyList<TimelineEntry> timeline, IReadOnlyList<StoryDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var byId = DocumentScope.ById(documents);
        var found = new List<Conflict>();
        foreach (TimelineEntry entry in timeline)
        {
            if (entry.Kind is not { } kind || !Kinds.Contains(kind) || entry.Evidence.Count < 2)
            {
                continue;
            }
            var sources = entry.Evidence
                .Select(e => (Evidence: e, Doc: byId[e.Document]))
                .Select(x => (x.Evidence, x.Doc, Source: x.Doc.Article.Outlet ?? "doc:" + x.Doc.Id, Causes: CauseReader.Read(x.Doc.Article.Text[x.Evidence.Start..x.Evidence.End])))
                .Where(x => x.Causes.Count > 0)
                .DistinctBy(x => x.Source)
                .ToList();
            var disputed = sources.Where(x => sources.Any(o => o.Source != x.Source && !o.Causes.Intersect(x.Causes).Any())).ToList();
            if (disputed.Count < 2)
            {
                continue;
            }
            found.Add(new Conflict(Topic, "conflict", [.. disputed.SelectMany(x => x.Causes.Select(c =>
                new Claim(x.Evidence, c, entry.Date ?? x.Doc.Article.Published?.DateIso, x.Doc.Article.Outlet)))]));
        }
        return found;
    }
}
