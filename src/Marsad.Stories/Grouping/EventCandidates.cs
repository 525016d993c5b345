namespace Marsad.Stories.Grouping;

/// <summary>
/// Pairs of articles worth comparing because their leads name the same place or actor within
/// <see cref="StoryLinker.MaxGapDays"/> days of each other: outlets that tell one event in
/// different words share few rare words, so the lexical index (<see cref="StoryCandidates"/>)
/// misses them, but they name where and who. A place or actor named by more than
/// <see cref="MaxPerWindow"/> articles around one day (a capital, a president) points at no
/// event and pairs nothing; an undated article pairs by its words only.
/// </summary>
internal static class EventCandidates
{
    /// <summary>Articles around one day above which a key is too common to pair by.</summary>
    public const int MaxPerWindow = 40;

    /// <summary>Candidate pairs (i, j), i &lt; j, among <paramref name="active"/> documents.</summary>
    public static List<(int A, int B)> Find(IReadOnlyList<EventProfile> profiles, bool[] active, int maxGapDays)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int d = 0; d < profiles.Count; d++)
        {
            if (!active[d] || profiles[d].Day == EventProfile.Undated)
            {
                continue;
            }
            foreach (string key in profiles[d].Places.Keys.Concat(profiles[d].Actors))
            {
                if (!postings.TryGetValue(key, out List<int>? list))
                {
                    postings[key] = list = [];
                }
                list.Add(d);
            }
        }

        // Pairs as (smaller << 32 | larger), made unique once at the end: a set of tuples costs far more.
        var pairs = new List<long>();
        foreach (List<int> list in postings.Values)
        {
            list.Sort((x, y) => profiles[x].Day != profiles[y].Day ? profiles[x].Day.CompareTo(profiles[y].Day) : x.CompareTo(y));
            int from = 0;
            for (int i = 0; i < list.Count; i++)
            {
                int day = profiles[list[i]].Day;
                while (profiles[list[from]].Day < day - maxGapDays)
                {
                    from++;
                }
                int to = i;
                while (to + 1 < list.Count && profiles[list[to + 1]].Day <= day + maxGapDays)
                {
                    to++;
                }
                if (to - from + 1 > MaxPerWindow)
                {
                    continue;
                }
                for (int j = i + 1; j <= to; j++)
                {
                    int a = list[i], b = list[j];
                    pairs.Add(a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a);
                }
            }
        }
        pairs.Sort();
        var unique = new List<(int A, int B)>(pairs.Count);
        for (int p = 0; p < pairs.Count; p++)
        {
            if (p == 0 || pairs[p] != pairs[p - 1])
            {
                unique.Add(((int)(pairs[p] >> 32), (int)(pairs[p] & 0xFFFFFFFF)));
            }
        }
        return unique;
    }
}
