using System.Globalization;
using Marsad.Core.Stories;
using Marsad.Stories.Duplicates;
using Marsad.Core.Digests;

namespace Marsad.Stories.Grouping;

/// <summary>
/// Groups articles about the same event into stories: what happened, where, when and who, as
/// each article's headline and lead tell it (<see cref="EventProfile"/>), with the words of their
/// bodies (TF-IDF over content-word stems and resolved actors) as one more signal, weighed
/// together by the link model (<see cref="LinkModel"/>). Pairs are found by shared rare words
/// (<see cref="StoryCandidates"/>) and by shared places and actors on near days
/// (<see cref="EventCandidates"/>), never all pairs; <see cref="StoryLinker"/> joins them.
/// Duplicates take no part in the grouping and join their original's story.
/// </summary>
internal static class StoryGrouper
{
    /// <summary>
    /// Every document in exactly one story (a lone article is a story of one). Stories are numbered
    /// "s1", "s2", … in the order of their earliest document (date, then input position); each lists
    /// its documents by publication date, then input position.
    /// </summary>
    /// <param name="counted">Each document's features counted when a builder remembers them (see <see cref="StoryFeatures.Counted"/>).</param>
    public static StoryGrouping Group(IReadOnlyList<StoryDocument> documents, IReadOnlyDictionary<string, string> duplicateOf, Func<StoryDocument, TermCounts>? counted = null, LinkModel? model = null) =>
        Prepare(documents, duplicateOf, counted).Group(model ?? LinkModel.Shipped);

    /// <summary>Everything the grouping needs but the link model: features, profiles and candidate pairs, worked out once.</summary>
    public static PreparedGrouping Prepare(IReadOnlyList<StoryDocument> documents, IReadOnlyDictionary<string, string> duplicateOf, Func<StoryDocument, TermCounts>? counted = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        int count = documents.Count;
        int[] original = Originals(documents, duplicateOf);
        bool[] active = [.. original.Select((o, d) => o == d)];

        StoryFeatures features = StoryFeatures.Build(documents, active, counted);
        var profiles = new EventProfile[count];
        // Read again on every build, not remembered: a collection's profiles weigh some 90 MB, and
        // reading them is a fraction of a second.
        Parallel.For(0, count, d => profiles[d] = EventProfile.Of(documents[d]));
        EventProfile.DeskDatelines(profiles, documents);
        // Where the shipped table says nothing, the collection tells which place lies within which.
        var learned = Places.PlaceHierarchy.Learn(profiles.Select(p => p.Places));
        foreach (EventProfile widened in profiles)
        {
            widened.Places.Widen(learned);
        }
        List<(int A, int B)> pairs = [.. StoryCandidates.Find(documents, active, features, StoryLinker.MaxGapDays)
            .Concat(EventCandidates.Find(profiles, active, StoryLinker.MaxGapDays)).Distinct()];
        return new PreparedGrouping(documents, original, features, profiles, pairs);
    }

    /// <summary>The stories, once the documents are joined: every document in its original's story.</summary>
    internal static StoryGrouping Assemble(IReadOnlyList<StoryDocument> documents, int[] original, UnionFind stories)
    {
        var members = new Dictionary<int, List<StoryDocument>>();
        for (int d = 0; d < documents.Count; d++)
        {
            int root = stories.Find(original[d]);
            if (!members.TryGetValue(root, out List<StoryDocument>? list))
            {
                members[root] = list = [];
            }

            list.Add(documents[d]);
        }

        return Assemble(members.Values);
    }

    /// <summary>
    /// The position of each document's original (itself when it is none): followed through chains
    /// of duplicates, bounded, and ignoring ids not in the collection.
    /// </summary>
    private static int[] Originals(IReadOnlyList<StoryDocument> documents, IReadOnlyDictionary<string, string> duplicateOf)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int d = 0; d < documents.Count; d++)
        {
            position.TryAdd(documents[d].Id, d);
        }

        var result = new int[documents.Count];
        for (int d = 0; d < documents.Count; d++)
        {
            int current = d;
            for (int step = 0; step < 8 && duplicateOf.TryGetValue(documents[current].Id, out string? next)
                && position.TryGetValue(next, out int target) && target != current; step++)
            {
                current = target;
            }

            result[d] = current;
        }

        return result;
    }

    private static StoryGrouping Assemble(IEnumerable<List<StoryDocument>> groups)
    {
        List<List<StoryDocument>> ordered = [.. groups.Select(g => g.Order(PublicationOrder.Instance).ToList())
            .OrderBy(g => g[0], PublicationOrder.Instance)];
        var stories = new List<StoryCluster>(ordered.Count);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (List<StoryDocument> group in ordered)
        {
            string id = "s" + (stories.Count + 1).ToString(CultureInfo.InvariantCulture);
            string? from = group.Select(d => d.Article.Published?.DateIso).FirstOrDefault(d => d is not null);
            string? to = group.Select(d => d.Article.Published?.DateIso).LastOrDefault(d => d is not null);
            stories.Add(new StoryCluster(id, StoryTitle.Of(group), [.. group.Select(d => d.Id)], from, to));
            foreach (StoryDocument document in group)
            {
                storyOf.TryAdd(document.Id, id);
            }
        }

        return new StoryGrouping(stories, storyOf);
    }
}
