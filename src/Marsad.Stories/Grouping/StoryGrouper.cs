using System.Globalization;
using Marsad.Core.Stories;
using Marsad.Stories.Duplicates;
using Marsad.Core.Digests;

namespace Marsad.Stories.Grouping;

/// <summary>
/// Groups articles about the same event into stories, from the words of their bodies (TF-IDF over
/// content-word stems), their resolved actors and their publication dates (see
/// <see cref="StoryCandidates"/> for how pairs are found and <see cref="StoryLinker"/> for how
/// they are joined). Duplicates take no part in the grouping and join their original's story.
/// </summary>
internal static class StoryGrouper
{
    /// <summary>
    /// Every document in exactly one story (a lone article is a story of one). Stories are numbered
    /// "s1", "s2", … in the order of their earliest document (date, then input position); each lists
    /// its documents by publication date, then input position.
    /// </summary>
    /// <param name="counted">Each document's features counted when a builder remembers them (see <see cref="StoryFeatures.Counted"/>).</param>
    public static StoryGrouping Group(IReadOnlyList<StoryDocument> documents, IReadOnlyDictionary<string, string> duplicateOf, Func<StoryDocument, TermCounts>? counted = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        int count = documents.Count;
        int[] original = Originals(documents, duplicateOf);
        bool[] active = [.. original.Select((o, d) => o == d)];

        StoryFeatures features = StoryFeatures.Build(documents, active, counted);
        List<(int A, int B)> pairs = StoryCandidates.Find(documents, active, features, StoryLinker.MaxGapDays);
        UnionFind stories = StoryLinker.Link(documents, features, pairs);

        var members = new Dictionary<int, List<StoryDocument>>();
        for (int d = 0; d < count; d++)
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
