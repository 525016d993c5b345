using Marsad.Core.Stories;

namespace Marsad.Stories.Grouping;

/// <summary>
/// One collection made ready for grouping (<see cref="StoryGrouper.Prepare"/>): its documents,
/// each one's original (itself unless it is a copy), the body features, the event profiles and
/// the candidate pairs. Grouping it with a link model is the cheap part, so training weighs many
/// models against one preparation.
/// </summary>
public sealed class PreparedGrouping
{
    private readonly IReadOnlyList<StoryDocument> _documents;
    private readonly int[] _original;
    private readonly StoryFeatures _features;
    private readonly EventProfile[] _profiles;
    private readonly PairScorer _scorer;
    private readonly List<(int A, int B)> _pairs;
    private readonly Lazy<PairFeatures[]> _compared;

    internal PreparedGrouping(IReadOnlyList<StoryDocument> documents, int[] original, StoryFeatures features, EventProfile[] profiles, List<(int A, int B)> pairs)
    {
        _documents = documents;
        _original = original;
        _features = features;
        _profiles = profiles;
        _scorer = new PairScorer(profiles);
        _pairs = pairs;
        // What each candidate pair shares is the same for every model: worked out once, on all cores.
        _compared = new Lazy<PairFeatures[]>(() =>
        {
            var compared = new PairFeatures[_pairs.Count];
            Parallel.For(0, _pairs.Count, p => compared[p] = Compare(_pairs[p].A, _pairs[p].B));
            return compared;
        });
    }

    /// <summary>Every candidate pair, by document id, with what its two articles share.</summary>
    public IEnumerable<(string A, string B, PairFeatures Features)> Candidates() =>
        _pairs.Select((p, i) => (_documents[p.A].Id, _documents[p.B].Id, _compared.Value[i]));

    /// <summary>What the articles <paramref name="a"/> and <paramref name="b"/> (document ids) share, and how many days apart their events are; null when either is not in the collection.</summary>
    public PairFeatures? Compare(string a, string b)
    {
        _positions ??= _documents.Select((d, i) => (d.Id, i)).GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        return _positions.TryGetValue(a, out int x) && _positions.TryGetValue(b, out int y) ? Compare(x, y) : null;
    }

    private Dictionary<string, int>? _positions;

    /// <summary>Joins the candidate pairs by <paramref name="model"/>'s chances into stories.</summary>
    public StoryGrouping Group(LinkModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        // Only whether a candidate pair reaches the link threshold, and how likely it is when it
        // does, matters here: a pair that cannot reach it whatever its bodies' cosine is left at 0,
        // without the cosine (the costliest feature) worked out.
        var chances = new double[_pairs.Count];
        Parallel.For(0, _pairs.Count, p =>
        {
            (int a, int b) = _pairs[p];
            PairFeatures partial = _scorer.Compare(a, b, 0);
            chances[p] = model.MaxProbabilityOverCosine(partial) < model.LinkThreshold
                ? 0
                : model.Probability(partial with { Cosine = _features.Vectors[a].Dot(_features.Vectors[b]) });
        });
        // Partial stories are weighed across many times as they grow: each pair's chance is worked out once.
        var known = new Dictionary<long, double>();
        double Chance(int a, int b)
        {
            long key = ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);
            if (!known.TryGetValue(key, out double chance))
            {
                known[key] = chance = model.Probability(Compare(a, b));
            }
            return chance;
        }
        var joins = new List<(int A, int B, double Chance)>();
        UnionFind stories = StoryLinker.Link(_documents, _profiles, _pairs, chances, Chance, model, joins);
        StoryGrouping grouping = StoryGrouper.Assemble(_documents, _original, stories);
        return grouping with { Links = Links(grouping, joins) };
    }

    /// <summary>Each join with its evidence, and each copy joined to its original; by story, then as they were made.</summary>
    private List<StoryLink> Links(StoryGrouping grouping, List<(int A, int B, double Chance)> joins)
    {
        var links = new List<StoryLink>(joins.Count);
        foreach ((int a, int b, double chance) in joins)
        {
            links.Add(new StoryLink(grouping.StoryOf[_documents[a].Id], _documents[a].Id, _documents[b].Id, Math.Round(chance, 3), _scorer.Evidence(a, b, Compare(a, b))));
        }
        for (int d = 0; d < _documents.Count; d++)
        {
            if (_original[d] != d)
            {
                links.Add(new StoryLink(grouping.StoryOf[_documents[d].Id], _documents[_original[d]].Id, _documents[d].Id, 1, ["copy: the same text"]));
            }
        }
        var order = grouping.Stories.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return [.. links.Select((l, i) => (l, i)).OrderBy(p => order[p.l.Story]).ThenBy(p => p.i).Select(p => p.l)];
    }

    private PairFeatures Compare(int a, int b) => _scorer.Compare(a, b, _features.Vectors[a].Dot(_features.Vectors[b]));
}
