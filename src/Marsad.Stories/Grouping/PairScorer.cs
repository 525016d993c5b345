using Marsad.Core.Digests;
using Marsad.Stories.Timeline;
using Marsad.Text.Words;

namespace Marsad.Stories.Grouping;

/// <summary>
/// Compares two articles' event profiles (<see cref="EventProfile"/>) into what the link model
/// weighs (<see cref="PairFeatures"/>), knowing the collection: how many leads name each place and
/// actor (a place or actor in few leads tells an event; one in hundreds, a capital or a president,
/// tells little) and each lead stem's weight (TF-IDF over leads, binary counts).
/// </summary>
internal sealed class PairScorer
{
    private readonly IReadOnlyList<EventProfile> _profiles;
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly TermVector[] _leads;
    private readonly double _logCount;

    /// <summary>Each profile's actor keys, hashed and sorted, with each one's specificity: compared by one merge.</summary>
    private readonly (ulong[] Keys, double[] Weights)[] _actors;

    /// <summary>Each profile's headline stems, hashed and sorted.</summary>
    private readonly ulong[][] _headlines;

    /// <summary>The collection size below which a place's or actor's specificity is weighed as in one this size.</summary>
    private const int MinCollection = 5000;

    public PairScorer(IReadOnlyList<EventProfile> profiles)
    {
        _profiles = profiles;
        var stemFrequency = new Dictionary<ulong, int>();
        foreach (EventProfile profile in profiles)
        {
            foreach (string key in profile.Places.Keys.Concat(profile.Actors))
            {
                _frequency[key] = _frequency.GetValueOrDefault(key) + 1;
            }
            foreach (ulong stem in profile.Lead)
            {
                stemFrequency[stem] = stemFrequency.GetValueOrDefault(stem) + 1;
            }
        }
        int count = Math.Max(2, profiles.Count);
        // Specificity is judged as in a collection of at least this size: in three reports of one
        // bombing the city is in every lead, and it still tells where the event was.
        _logCount = Math.Log(Math.Max(count, MinCollection));
        _leads = new TermVector[profiles.Count];
        _actors = new (ulong[], double[])[profiles.Count];
        _headlines = new ulong[profiles.Count][];
        Parallel.For(0, profiles.Count, d =>
        {
            _leads[d] = LeadVector(profiles[d].Lead, stemFrequency, count);
            _actors[d] = Keyed(profiles[d].Actors);
            ulong[] headline = [.. profiles[d].Headline.Select(word => NormalizedWords.Hash(word))];
            Array.Sort(headline);
            _headlines[d] = headline;
        });
    }

    /// <summary>What documents <paramref name="a"/> and <paramref name="b"/> (positions) share; <paramref name="cosine"/> is their bodies' TF-IDF cosine.</summary>
    public PairFeatures Compare(int a, int b, double cosine)
    {
        // Called for every candidate pair and every pair weighed across partial stories (hundreds of
        // thousands on a year of news): merges of sorted hashes, no allocation.
        EventProfile x = _profiles[a], y = _profiles[b];
        int shared = SharedCount(_headlines[a], _headlines[b]);
        int union = _headlines[a].Length + _headlines[b].Length - shared;
        bool sameFamily = SameFamily(x.Kinds, y.Kinds);
        bool apart = x.Places.Apart(y.Places);
        int gap = x.Day == EventProfile.Undated || y.Day == EventProfile.Undated ? 7 : Math.Abs(x.Day - y.Day);
        return new PairFeatures(
            cosine,
            _leads[a].Dot(_leads[b]),
            union == 0 ? 0 : (double)shared / union,
            x.Kinds.Overlaps(y.Kinds),
            x.Kinds.Count > 0 && y.Kinds.Count > 0 && !sameFamily,
            SharedPlace(x, y),
            apart,
            apart && sameFamily,
            // Ids and names both stand for an actor: each shared actor counts once, by its rarest key.
            SharedActors(_actors[a], _actors[b]) / 1.5,
            gap,
            x.Named.Count > 0 && y.Named.Count > 0 && !x.Named.Overlaps(y.Named));
    }

    private static bool SameFamily(IReadOnlySet<string> x, IReadOnlySet<string> y)
    {
        foreach (string kx in x)
        {
            string family = EventKinds.Family(kx);
            foreach (string ky in y)
            {
                if (string.Equals(family, EventKinds.Family(ky), StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The sum of the three most telling keys both name (specificity, most telling first).</summary>
    private static double SharedActors((ulong[] Keys, double[] Weights) x, (ulong[] Keys, double[] Weights) y)
    {
        double first = 0, second = 0, third = 0;
        int i = 0, j = 0;
        while (i < x.Keys.Length && j < y.Keys.Length)
        {
            int order = x.Keys[i].CompareTo(y.Keys[j]);
            if (order < 0)
            {
                i++;
                continue;
            }
            if (order > 0)
            {
                j++;
                continue;
            }
            double value = x.Weights[i];
            i++;
            j++;
            if (value > first)
            {
                (first, second, third) = (value, first, second);
            }
            else if (value > second)
            {
                (second, third) = (value, second);
            }
            else if (value > third)
            {
                third = value;
            }
        }
        return first + second + third;
    }

    private static int SharedCount(ulong[] x, ulong[] y)
    {
        int shared = 0, i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            int order = x[i].CompareTo(y[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        return shared;
    }

    /// <summary>Keys hashed and sorted, each weighed by its specificity.</summary>
    private (ulong[] Keys, double[] Weights) Keyed(IReadOnlySet<string> keys)
    {
        (ulong Hash, double Weight)[] keyed = [.. keys.Select(key => (Hash: NormalizedWords.Hash(key), Weight: Specificity(key))).OrderBy(k => k.Hash)];
        return ([.. keyed.Select(k => k.Hash)], [.. keyed.Select(k => k.Weight)]);
    }

    /// <summary>
    /// What documents <paramref name="a"/> and <paramref name="b"/> share, in words a reader checks
    /// against the articles: the kinds of event, the places (or a place within another), the
    /// actors, how alike their headlines, leads and bodies are, and how far apart their days are;
    /// and what speaks against the join (places apart, kinds that no one event is told by).
    /// </summary>
    public IReadOnlyList<string> Evidence(int a, int b, PairFeatures features)
    {
        EventProfile x = _profiles[a], y = _profiles[b];
        var evidence = new List<string>();
        string[] kinds = [.. x.Kinds.Where(y.Kinds.Contains).Order(StringComparer.Ordinal)];
        if (kinds.Length > 0)
        {
            evidence.Add("same kind: " + string.Join(", ", kinds));
        }
        string[] places = [.. x.Places.SharedNames(y.Places).Order(StringComparer.Ordinal)];
        if (places.Length > 0)
        {
            evidence.Add("same place: " + string.Join(", ", places));
        }
        else if (x.Places.Near(y.Places))
        {
            string[] within = [.. y.Places.WithinNames(x.Places).Concat(x.Places.WithinNames(y.Places)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            evidence.Add("place within another" + (within.Length > 0 ? ": " + string.Join(", ", within) : ""));
        }
        string[] actors = [.. x.Actors.Where(y.Actors.Contains).Select(EntityKeys.NameOf).OfType<string>().Order(StringComparer.Ordinal)];
        if (actors.Length > 0)
        {
            evidence.Add("same actors: " + string.Join(", ", actors));
        }
        string[] headline = [.. x.Headline.Where(y.Headline.Contains).Order(StringComparer.Ordinal)];
        if (headline.Length > 0)
        {
            evidence.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"headline words: {string.Join(" ", headline)} ({features.HeadlineOverlap:0.00})"));
        }
        evidence.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"leads alike {features.LeadCosine:0.00}, bodies alike {features.Cosine:0.00}"));
        evidence.Add(x.Day == EventProfile.Undated || y.Day == EventProfile.Undated ? "day unknown"
            : features.DayGap == 0 ? "same day" : features.DayGap == 1 ? "1 day apart" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{features.DayGap} days apart"));
        if (features.PlacesApart)
        {
            evidence.Add("against: their places lie apart");
        }
        if (features.NamedApart)
        {
            evidence.Add("against: their headlines name no one in common");
        }
        if (features.KindsClash)
        {
            evidence.Add("against: kinds of event no one event is told by");
        }
        return evidence;
    }

    /// <summary>How telling the most telling place two leads share is, 0 to 1; half that when one only lies within the other.</summary>
    private double SharedPlace(EventProfile x, EventProfile y)
    {
        double best = 0;
        foreach (string key in x.Places.Keys)
        {
            if (y.Places.Contains(key))
            {
                best = Math.Max(best, Specificity(key));
            }
        }
        if (best > 0 || !x.Places.Near(y.Places))
        {
            return best;
        }
        double least = double.PositiveInfinity;
        foreach (string key in x.Places.Keys)
        {
            least = Math.Min(least, Specificity(key));
        }
        foreach (string key in y.Places.Keys)
        {
            least = Math.Min(least, Specificity(key));
        }
        return double.IsPositiveInfinity(least) ? 0 : 0.5 * least;
    }

    /// <summary>A key's inverse lead frequency over the collection's, 0 (in every lead) to 1 (in one).</summary>
    private double Specificity(string key) => _frequency.TryGetValue(key, out int df) && df > 0 ? Math.Max(0, 1 - (Math.Log(df) / _logCount)) : 1;

    private static TermVector LeadVector(ulong[] stems, Dictionary<ulong, int> frequency, int count)
    {
        if (stems.Length == 0)
        {
            return TermVector.Empty;
        }
        var weights = new float[stems.Length];
        double norm = 0;
        for (int i = 0; i < stems.Length; i++)
        {
            double w = Math.Log((1.0 + count) / (1.0 + frequency[stems[i]])) + 1;
            weights[i] = (float)w;
            norm += w * w;
        }
        float scale = (float)(1 / Math.Sqrt(norm));
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] *= scale;
        }
        return new TermVector(stems, weights);
    }
}
