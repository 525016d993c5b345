using System.Globalization;
using Marsad.Core.Stories;
using Marsad.Stories.Grouping;

namespace Marsad.Stories.Threads;

/// <summary>
/// Joins stories into threads: developing stories over weeks or years (the withdrawal talks of
/// 2020 to 2024, a war, an election). Two stories are of one thread when they put forward the same
/// actors (their central actors overlap, each weighed by how few stories it is central to) and
/// speak of the same things (the cosine of their TF-IDF word vectors, weighed over stories). Time
/// does not part them: a thread runs for years. As with stories, joining runs from the likeliest
/// pair down, and two partial threads join only while their stories, taken across, still share
/// their topic on average, so a thread does not chain from the withdrawal to every story on Iraq.
/// Only threads of two stories or more are kept.
/// </summary>
internal static class ThreadFinder
{
    /// <summary>Two stories' word vectors must be at least this alike to join.</summary>
    public const double MinTopic = 0.2;

    /// <summary>The weighted share of the smaller side's central actors the other must share.</summary>
    public const double MinActors = 0.5;

    /// <summary>Two partial threads join only while the mean topic cosine across them is at least this.</summary>
    public const double MinMeanTopic = 0.15;

    /// <summary>An actor central to more stories than this is too common to propose pairs (it still counts when they share it).</summary>
    private const int MaxStoriesPerActor = 150;

    /// <summary>A story's word vector keeps its this many heaviest words.</summary>
    private const int TopicTerms = 100;

    /// <summary>An actor's or word's specificity is judged as in a collection of at least this many stories: in five reports of one affair every actor is in all five, and still tells the affair.</summary>
    private const int MinStories = 1000;

    private const int SamplePerSide = 10;

    /// <param name="profile">Each story's profile from its articles (copies left out); <see cref="ThreadProfile.Of"/> when not given (a builder passes one that remembers).</param>
    public static IReadOnlyList<StoryThread> Find(IReadOnlyList<StoryDocument> documents, IReadOnlyDictionary<string, string> duplicateOf, IReadOnlyList<StoryCluster> stories,
        Func<IReadOnlyList<StoryDocument>, ThreadProfile>? profile = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        ArgumentNullException.ThrowIfNull(stories);
        if (stories.Count < 2)
        {
            return [];
        }
        profile ??= ThreadProfile.Of;
        var byId = new Dictionary<string, StoryDocument>(StringComparer.Ordinal);
        foreach (StoryDocument document in documents)
        {
            byId.TryAdd(document.Id, document);
        }
        var profiles = new ThreadProfile[stories.Count];
        Parallel.For(0, stories.Count, s => profiles[s] = profile([.. stories[s].Documents
            .Where(id => !duplicateOf.ContainsKey(id) && byId.ContainsKey(id)).Select(id => byId[id])]));

        var actorStories = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var wordStories = new Dictionary<ulong, int>();
        for (int s = 0; s < profiles.Length; s++)
        {
            foreach (string actor in profiles[s].Central)
            {
                if (!actorStories.TryGetValue(actor, out List<int>? list))
                {
                    actorStories[actor] = list = [];
                }
                list.Add(s);
            }
            foreach (ulong word in profiles[s].Terms)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(wordStories, word, out _)++;
            }
        }
        double logStories = Math.Log(Math.Max(stories.Count, MinStories));
        var specificity = actorStories.ToDictionary(a => a.Key, a => Math.Max(0.05, 1 - (Math.Log(a.Value.Count) / logStories)), StringComparer.Ordinal);
        // Words are weighed as in a collection of at least MinStories stories: in five reports of one
        // affair its words are in all five, and they still tell the affair.
        var topics = new TermVector[profiles.Length];
        Parallel.For(0, profiles.Length, s => topics[s] = Topic(profiles[s], wordStories, Math.Max(profiles.Length, MinStories)));

        // Each pair of stories sharing a central actor, once: as (smaller << 32 | larger), sorted.
        var keys = new List<long>();
        foreach (List<int> list in actorStories.Values.Where(l => l.Count > 1 && l.Count <= MaxStoriesPerActor))
        {
            for (int i = 0; i < list.Count; i++)
            {
                for (int j = i + 1; j < list.Count; j++)
                {
                    keys.Add(((long)list[i] << 32) | (uint)list[j]);
                }
            }
        }
        keys.Sort();
        long[] pairs = [.. keys.Distinct()];
        keys = null;
        var scores = new double[pairs.Length];
        Parallel.For(0, pairs.Length, p =>
        {
            int a = (int)(pairs[p] >> 32), b = (int)(pairs[p] & 0xFFFFFFFF);
            double topic = topics[a].Dot(topics[b]);
            double actors = topic < MinTopic ? 0 : SharedActors(profiles[a].Central, profiles[b].Central, specificity);
            scores[p] = actors >= MinActors ? topic * actors : 0;
        });
        var edges = Enumerable.Range(0, pairs.Length).Where(p => scores[p] > 0)
            .Select(p => (Score: scores[p], A: (int)(pairs[p] >> 32), B: (int)(pairs[p] & 0xFFFFFFFF))).ToList();

        var threads = new UnionFind(profiles.Length);
        var members = new Dictionary<int, List<int>>();
        List<int> Members(int root) => members.TryGetValue(root, out List<int>? list) ? list : [root];
        foreach ((double _, int a, int b) in edges.OrderByDescending(e => e.Score).ThenBy(e => e.A).ThenBy(e => e.B))
        {
            int ra = threads.Find(a), rb = threads.Find(b);
            if (ra == rb)
            {
                continue;
            }
            List<int> left = Members(ra), right = Members(rb);
            if ((left.Count > 1 || right.Count > 1) && EvenSample.MeanAcross(left, right, SamplePerSide, (x, y) => topics[x].Dot(topics[y])) < MinMeanTopic)
            {
                continue;
            }
            int root = threads.Union(ra, rb);
            members.Remove(ra);
            members.Remove(rb);
            members[root] = [.. left, .. right];
        }

        return Assemble(stories, profiles, topics, members.Values.Where(m => m.Count > 1));
    }

    /// <summary>How much of the smaller side's central actors (by specificity) the other shares, 0 to 1.</summary>
    private static double SharedActors(string[] a, string[] b, Dictionary<string, double> specificity)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        double shared = 0, left = 0, right = 0;
        foreach (string actor in a)
        {
            left += specificity[actor];
            if (Array.IndexOf(b, actor) >= 0)
            {
                shared += specificity[actor];
            }
        }
        foreach (string actor in b)
        {
            right += specificity[actor];
        }
        return shared / Math.Min(left, right);
    }

    /// <summary>A story's words weighed (log count by smoothed inverse story frequency), its heaviest kept, unit length.</summary>
    private static TermVector Topic(ThreadProfile profile, Dictionary<ulong, int> storyFrequency, int storyCount)
    {
        int n = profile.Terms.Length;
        if (n == 0)
        {
            return TermVector.Empty;
        }
        var weights = new double[n];
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            weights[i] = (1 + Math.Log(profile.Counts[i])) * (1 + Math.Log((1.0 + storyCount) / (1.0 + storyFrequency[profile.Terms[i]])));
            order[i] = i;
        }
        if (n > TopicTerms)
        {
            // The heaviest first (ties by term, so the cut is the same on every run), then back in term order.
            Array.Sort(order, (x, y) => weights[y] != weights[x] ? weights[y].CompareTo(weights[x]) : profile.Terms[x].CompareTo(profile.Terms[y]));
            Array.Resize(ref order, TopicTerms);
            Array.Sort(order);
        }
        double norm = Math.Sqrt(order.Sum(i => weights[i] * weights[i]));
        return norm <= 0 ? TermVector.Empty : new TermVector([.. order.Select(i => profile.Terms[i])], [.. order.Select(i => (float)(weights[i] / norm))]);
    }

    /// <summary>
    /// The threads, numbered "t1", "t2", … from the earliest; each lists its stories from the
    /// earliest, is titled by its most typical story (the one most alike the others), and names the
    /// actors central to most of its stories.
    /// </summary>
    private static List<StoryThread> Assemble(IReadOnlyList<StoryCluster> stories, ThreadProfile[] profiles, TermVector[] topics, IEnumerable<List<int>> groups)
    {
        var result = new List<StoryThread>();
        foreach (List<int> group in groups.Select(g => g.OrderBy(s => s).ToList()).OrderBy(g => First(g, stories)).ThenBy(g => g[0]))
        {
            int typical = group.OrderByDescending(s => group.Where(o => o != s).Sum(o => topics[s].Dot(topics[o]))).ThenBy(s => s).First();
            string[] actors = [.. group.SelectMany(s => profiles[s].Central).GroupBy(a => a, StringComparer.Ordinal)
                .Where(g => g.Count() * 2 >= group.Count).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(ThreadProfile.MaxCentral).Select(g => g.Key)];
            string? from = group.Select(s => stories[s].From).Where(d => d is not null).Order(StringComparer.Ordinal).FirstOrDefault();
            string? to = group.Select(s => stories[s].To).Where(d => d is not null).Order(StringComparer.Ordinal).LastOrDefault();
            string id = "t" + (result.Count + 1).ToString(CultureInfo.InvariantCulture);
            result.Add(new StoryThread(id, stories[typical].Title, [.. group.OrderBy(s => stories[s].From ?? "9999", StringComparer.Ordinal).ThenBy(s => s).Select(s => stories[s].Id)], from, to, actors));
        }
        return result;
    }

    private static string First(List<int> group, IReadOnlyList<StoryCluster> stories) =>
        group.Select(s => stories[s].From).Where(d => d is not null).Order(StringComparer.Ordinal).FirstOrDefault() ?? "9999";
}
