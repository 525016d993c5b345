using Marsad.Core.Stories;

namespace Marsad.Stories.Grouping;

/// <summary>
/// Joins articles into stories, one event each, along their most likely links first (the link
/// model's chance that two articles report one event, <see cref="LinkModel"/>). Plain
/// single-link clustering chains: a month of one conflict becomes one "story" because each day's
/// report resembles the day before. Two guards stop that. A link joins two partial stories only
/// when their members, taken across, are on average still likely one event (average linkage,
/// over a bounded sample of cross pairs), and when the joined story's events span at most
/// <see cref="MaxSpanDays"/> days. Nor are two turns of one affair joined, told apart by their
/// headlines (<see cref="HeadlinePhases"/>).
/// </summary>
internal static class StoryLinker
{
    /// <summary>Linked articles' events are at most this many days apart.</summary>
    public const int MaxGapDays = 3;

    /// <summary>A story's events span at most this many days from the first to the last.</summary>
    public const int MaxSpanDays = 7;

    /// <summary>Cross pairs sampled per side when two partial stories are weighed: bounds the work on large stories.</summary>
    private const int SamplePerSide = 12;

    /// <summary>The stories as disjoint sets over document positions.</summary>
    /// <param name="model">Its thresholds: the chance a link needs (<see cref="LinkModel.LinkThreshold"/>) and the mean chance across two partial stories a join needs (<see cref="LinkModel.ClusterThreshold"/>).</param>
    /// <param name="chances">The chance of each candidate pair, in <paramref name="pairs"/> order.</param>
    /// <param name="chance">The chance of any two documents (positions), for weighing partial stories across.</param>
    /// <param name="joins">Given each link that joined two partial stories, with its chance: the evidence <c>why-story</c> prints.</param>
    public static UnionFind Link(IReadOnlyList<StoryDocument> documents, IReadOnlyList<EventProfile> profiles, IReadOnlyList<(int A, int B)> pairs, double[] chances, Func<int, int, double> chance, LinkModel model, List<(int A, int B, double Chance)>? joins = null)
    {
        int count = documents.Count;
        var edges = new (double Chance, int A, int B)[pairs.Count];
        for (int p = 0; p < pairs.Count; p++)
        {
            edges[p] = (chances[p], pairs[p].A, pairs[p].B);
        }

        var stories = new UnionFind(count);
        var members = new Dictionary<int, List<int>>();
        var first = new int[count];
        var last = new int[count];
        for (int d = 0; d < count; d++)
        {
            first[d] = profiles[d].Day;
            last[d] = profiles[d].Day == EventProfile.Undated ? int.MinValue : profiles[d].Day;
        }

        var phases = new HeadlinePhases(profiles);
        List<int> Members(int root) => members.TryGetValue(root, out List<int>? list) ? list : [root];

        foreach ((double p, int a, int b) in edges.Where(e => e.Chance >= model.LinkThreshold).OrderByDescending(e => e.Chance).ThenBy(e => e.A).ThenBy(e => e.B))
        {
            int ra = stories.Find(a);
            int rb = stories.Find(b);
            if (ra == rb)
            {
                continue;
            }
            int from = Math.Min(first[ra], first[rb]);
            int to = Math.Max(last[ra], last[rb]);
            if (from != EventProfile.Undated && to != int.MinValue && (long)to - from > MaxSpanDays)
            {
                continue;
            }
            if (phases.Clash(ra, rb))
            {
                continue;
            }
            List<int> left = Members(ra), right = Members(rb);
            if ((left.Count > 1 || right.Count > 1) && EvenSample.MeanAcross(left, right, SamplePerSide, chance) < model.ClusterThreshold)
            {
                continue;
            }
            int root = stories.Union(ra, rb);
            phases.Merge(ra, rb, root);
            joins?.Add((a, b, p));
            var joined = new List<int>(left.Count + right.Count);
            joined.AddRange(left);
            joined.AddRange(right);
            members.Remove(ra);
            members.Remove(rb);
            members[root] = joined;
            first[root] = from;
            last[root] = to;
        }

        return stories;
    }
}
