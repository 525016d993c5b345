using Marsad.Core.Stories;
using Marsad.Stories.Duplicates;

namespace Marsad.Stories.Grouping;

/// <summary>
/// Joins documents into stories along their strongest links first. Plain single-link clustering
/// chains: a month of one conflict becomes one "story" because each day's report resembles the
/// day before. Two guards stop that. A link joins two partial stories only when their centroids
/// (sums of member vectors) are still similar — the whole of one must resemble the whole of the
/// other, not just its nearest member — and when the joined story would span at most
/// <see cref="MaxSpanDays"/> days of publication. The centroid test is a cheap stand-in for
/// average linkage; the span cap bounds what a slow drift of vocabulary could still join.
/// </summary>
internal static class StoryLinker
{
    /// <summary>Linked articles are published at most this many days apart.</summary>
    public const int MaxGapDays = 3;

    /// <summary>A story covers at most this many days from its first article to its last.</summary>
    public const int MaxSpanDays = 7;

    /// <summary>
    /// Cosine of two dated articles' TF-IDF vectors that links them. On the 2018 corpus, reports
    /// of one event by different outlets scored 0.2–0.35 (short sports items lowest), articles of
    /// one outlet on unrelated subjects mostly under 0.15; at 0.3 one farewell of a footballer
    /// reported by four outlets fell into five stories, at 0.25 into two.
    /// </summary>
    public const double LinkThreshold = 0.25;

    /// <summary>Without a date the time test is lost, so the text must say more.</summary>
    public const double UndatedLinkThreshold = 0.45;

    /// <summary>Cosine of the two partial stories' centroids that a link needs to join them.</summary>
    public const double ClusterThreshold = 0.25;

    /// <summary>The stories as disjoint sets over document positions.</summary>
    public static UnionFind Link(IReadOnlyList<StoryDocument> documents, StoryFeatures features, IReadOnlyList<(int A, int B)> pairs)
    {
        int count = documents.Count;
        var days = new int[count];
        for (int d = 0; d < count; d++)
        {
            days[d] = PublicationOrder.Day(documents[d]);
        }

        var edges = new (double Similarity, int A, int B)[pairs.Count];
        Parallel.For(0, pairs.Count, p =>
        {
            (int a, int b) = pairs[p];
            edges[p] = (features.Vectors[a].Dot(features.Vectors[b]), a, b);
        });

        var stories = new UnionFind(count);
        var state = new StoryState(features.Vectors, days);
        foreach ((double similarity, int a, int b) in edges
            .Where(e => e.Similarity >= (days[e.A] == int.MaxValue || days[e.B] == int.MaxValue ? UndatedLinkThreshold : LinkThreshold))
            .OrderByDescending(e => e.Similarity).ThenBy(e => e.A).ThenBy(e => e.B))
        {
            int ra = stories.Find(a);
            int rb = stories.Find(b);
            if (ra != rb && state.CanJoin(ra, rb, MaxSpanDays, ClusterThreshold, out double dot))
            {
                int root = stories.Union(ra, rb);
                state.Join(root, root == ra ? rb : ra, dot);
            }
        }

        return stories;
    }
}
