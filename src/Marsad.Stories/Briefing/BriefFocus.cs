using Marsad.Core.Stories;

namespace Marsad.Stories.Briefing;

/// <summary>
/// What a brief is about when the user names nothing: a brief tells one story or thread, with the
/// stories tied to it, not every article of a folder at once (a water deal and an unrelated Mali
/// article make two briefs, not one with both timelines). The main subject is the thread or story
/// that holds the most articles (copies aside); when it holds at least <see cref="MinShare"/> of
/// them, the brief tells it and every story that names one of its actors (the farmers' reaction
/// and the feature on the marshes, days after the deal), and leaves out the stories that share no
/// actor with it. A collection of many unrelated things (no subject that large) is briefed whole.
/// </summary>
public static class BriefFocus
{
    /// <summary>The share of the articles (copies aside) the main thread or story must hold for a plain brief to tell it alone.</summary>
    public const double MinShare = 1.0 / 3;

    /// <param name="actorsOf">Each article's actors (collection ids).</param>
    /// <returns>The subject to brief (its articles, and the stories left out), or null when the brief should cover every article.</returns>
    public static BriefSubject? Choose(IReadOnlyList<StoryCluster> stories, IReadOnlyList<StoryThread> threads, IReadOnlyDictionary<string, string> duplicateOf, Func<string, IEnumerable<string>> actorsOf)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(threads);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        ArgumentNullException.ThrowIfNull(actorsOf);
        int all = stories.Sum(s => Originals(s.Documents, duplicateOf));
        if (all == 0)
        {
            return null;
        }
        var byId = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var subjects = threads.Select(t => (Subject: BriefSubject.Of(t, byId), Stories: (IReadOnlyList<string>)t.Stories))
            .Concat(stories.Select(s => (Subject: BriefSubject.Of(s), Stories: (IReadOnlyList<string>)[s.Id])));
        (BriefSubject main, IReadOnlyList<string> mainStories) = subjects
            .OrderByDescending(s => Originals(s.Subject.Documents, duplicateOf))
            .ThenBy(s => s.Subject.Kind == BriefSubject.Thread ? 0 : 1)
            .First();
        if (Originals(main.Documents, duplicateOf) < MinShare * all)
        {
            return null;
        }
        var actors = new HashSet<string>(main.Documents.SelectMany(actorsOf), StringComparer.Ordinal);
        var inMain = new HashSet<string>(mainStories, StringComparer.Ordinal);
        var tied = stories.Where(s => !inMain.Contains(s.Id) && s.Documents.SelectMany(actorsOf).Any(actors.Contains)).ToList();
        var left = stories.Where(s => !inMain.Contains(s.Id) && !tied.Contains(s)).Select(s => s.Id).ToList();
        if (left.Count == 0)
        {
            return null;
        }
        return main with
        {
            Documents = [.. main.Documents, .. tied.SelectMany(s => s.Documents)],
            Tied = [.. tied.Select(s => s.Id)],
            LeftOut = left,
        };
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
