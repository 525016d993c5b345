using Marsad.Core.Stories;

namespace Marsad.Stories.Briefing;

/// <summary>
/// What a brief is about when the user names nothing: a brief tells one story or one thread, not
/// every article of a folder at once (a water deal and an unrelated Mali article make two briefs,
/// not one with both timelines). The thread that holds the most articles, when it holds more than
/// half of them (copies aside); else the story that does; else none, and the brief covers all.
/// </summary>
public static class BriefFocus
{
    /// <summary>The share of the articles (copies aside) a thread or story must hold more than, to be what a plain brief tells.</summary>
    public const double MinShare = 0.5;

    /// <summary>The focus (a thread or a story, with its articles), or null when none holds enough of the collection or it holds it all.</summary>
    public static BriefSubject? Choose(IReadOnlyList<StoryCluster> stories, IReadOnlyList<StoryThread> threads, IReadOnlyDictionary<string, string> duplicateOf)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(threads);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        int all = stories.Sum(s => Originals(s.Documents, duplicateOf));
        if (all == 0)
        {
            return null;
        }
        var byId = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        BriefSubject? best = threads
            .Select(t => BriefSubject.Of(t, byId))
            .Concat(stories.Select(BriefSubject.Of))
            .OrderByDescending(s => Originals(s.Documents, duplicateOf))
            .ThenBy(s => s.Kind == BriefSubject.Thread ? 0 : 1)
            .FirstOrDefault();
        if (best is null)
        {
            return null;
        }
        int held = Originals(best.Documents, duplicateOf);
        return held > MinShare * all && held < all ? best : null;
    }

    /// <summary>The thread or story <paramref name="wanted"/> names: its id, else the largest whose title (or, for a thread, a central actor's name) holds the word.</summary>
    public static BriefSubject? Find(IReadOnlyList<StoryCluster> stories, IReadOnlyList<StoryThread> threads, string wanted, bool thread, Func<string, string?> actorName)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(threads);
        ArgumentNullException.ThrowIfNull(actorName);
        if (!thread)
        {
            StoryCluster? story = stories.FirstOrDefault(s => string.Equals(s.Id, wanted, StringComparison.Ordinal))
                ?? stories.Where(s => s.Title.Contains(wanted, StringComparison.Ordinal)).OrderByDescending(s => s.Documents.Count).FirstOrDefault();
            return story is null ? null : BriefSubject.Of(story);
        }
        var byId = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        StoryThread? found = threads.FirstOrDefault(t => string.Equals(t.Id, wanted, StringComparison.Ordinal))
            ?? threads.Where(t => t.Title.Contains(wanted, StringComparison.Ordinal) || t.Actors.Any(a => actorName(a)?.Contains(wanted, StringComparison.Ordinal) == true))
                .OrderByDescending(t => t.Stories.Sum(s => byId.TryGetValue(s, out StoryCluster? c) ? c.Documents.Count : 0)).FirstOrDefault();
        return found is null ? null : BriefSubject.Of(found, byId);
    }

    private static int Originals(IEnumerable<string> documents, IReadOnlyDictionary<string, string> duplicateOf) =>
        documents.Count(d => !duplicateOf.ContainsKey(d));
}
