using Marsad.Core.Stories;
using Marsad.Stories.Duplicates;

namespace Marsad.Stories.Grouping;

/// <summary>
/// Pairs of documents worth comparing, without comparing all pairs: each document is indexed under
/// its <see cref="TopFeatures"/> heaviest features, leaving out features too common to point at
/// one event; two documents that share at least <see cref="MinSharedFeatures"/> of them and whose
/// dates are close become a candidate pair. Work grows with the postings of the capped features,
/// not with the square of the collection.
/// </summary>
internal static class StoryCandidates
{
    /// <summary>Features per document in the index: the names and rare words of its event.</summary>
    public const int TopFeatures = 15;

    /// <summary>Two shared top features, so one shared name (a minister, a city) is not enough to compare.</summary>
    public const int MinSharedFeatures = 2;

    /// <summary>
    /// A feature in more than this share of the documents is too common to index (a country, a
    /// ministry), with a floor for small collections where every count is small.
    /// </summary>
    public const double MaxFeatureShare = 0.01;

    public const int MinFeatureCap = 50;

    /// <summary>Candidate pairs (i, j) with i &lt; j among <paramref name="active"/> documents.</summary>
    public static List<(int A, int B)> Find(IReadOnlyList<StoryDocument> documents, bool[] active, StoryFeatures features, int maxGapDays)
    {
        int count = documents.Count;
        int cap = Math.Max(MinFeatureCap, (int)(count * MaxFeatureShare));
        var days = new int[count];
        var top = new ulong[count][];
        var postings = new Dictionary<ulong, List<int>>();
        for (int d = 0; d < count; d++)
        {
            days[d] = PublicationOrder.Day(documents[d]);
            top[d] = active[d] ? Top(features.Vectors[d], features.DocumentFrequency, cap) : [];
            foreach (ulong feature in top[d])
            {
                if (!postings.TryGetValue(feature, out List<int>? list))
                {
                    postings[feature] = list = [];
                }

                list.Add(d);
            }
        }

        foreach (List<int> list in postings.Values)
        {
            list.Sort((x, y) => days[x] != days[y] ? days[x].CompareTo(days[y]) : x.CompareTo(y));
        }

        var pairs = new List<(int, int)>[count];
        Parallel.For(0, count, () => new int[count], (d, _, shared) =>
        {
            var touched = new List<int>();
            foreach (ulong feature in top[d])
            {
                List<int> list = postings[feature];
                if (days[d] == Undated)
                {
                    Count(list, 0, list.Count);
                }
                else
                {
                    // Postings are in date order: read the window around the date, then the undated tail.
                    int undated = First(list, days, Undated);
                    Count(list, First(list, days, days[d] - maxGapDays), First(list, days, days[d] + maxGapDays + 1));
                    Count(list, undated, list.Count);
                }
            }

            void Count(List<int> list, int from, int to)
            {
                for (int k = from; k < to; k++)
                {
                    int other = list[k];
                    if (other > d && shared[other]++ == 0)
                    {
                        touched.Add(other);
                    }
                }
            }

            var found = new List<(int, int)>();
            foreach (int other in touched)
            {
                if (shared[other] >= MinSharedFeatures)
                {
                    found.Add((d, other));
                }

                shared[other] = 0;
            }

            pairs[d] = found;
            return shared;
        }, _ => { });

        return [.. pairs.Where(p => p is not null).SelectMany(p => p)];
    }

    /// <summary>Undated documents may pair with any date; their links face a stricter threshold instead.</summary>
    private const int Undated = int.MaxValue;

    /// <summary>The first position in date-ordered <paramref name="list"/> whose day is at least <paramref name="day"/>.</summary>
    private static int First(List<int> list, int[] days, int day)
    {
        int low = 0;
        int high = list.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (days[list[middle]] < day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static ulong[] Top(TermVector vector, Dictionary<ulong, int> frequency, int cap)
    {
        var chosen = new List<(float Weight, ulong Term)>();
        for (int i = 0; i < vector.Terms.Length; i++)
        {
            if (frequency[vector.Terms[i]] <= cap)
            {
                chosen.Add((vector.Weights[i], vector.Terms[i]));
            }
        }

        chosen.Sort((x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : x.Term.CompareTo(y.Term));
        return [.. chosen.Take(TopFeatures).Select(c => c.Term)];
    }
}
