namespace Marsad.Stories.Duplicates;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: the signature is cut into
/// <see cref="Bands"/> bands of <see cref="Rows"/> values, and two documents become a candidate
/// pair when any band is identical. With 32 × 4 the chance of becoming a candidate is
/// 1 − (1 − J⁴)³² : 0.87 at Jaccard 0.5, 0.99 at 0.6, 0.03 at 0.2 — so pairs above the
/// verification threshold are almost always seen, and unrelated pairs are almost never compared.
/// </summary>
internal static class LshBands
{
    public const int Bands = 32;
    public const int Rows = MinHashSignature.Length / Bands;

    /// <summary>
    /// In a bucket bigger than this (boilerplate bodies repeated many times), each member is
    /// compared only with this many earlier members: enough to join it to the group, since the
    /// group is then closed by union-find, and it keeps the work linear.
    /// </summary>
    public const int MaxComparisonsPerMember = 32;

    /// <summary>Candidate pairs (lower index first), each once, over documents that have a signature.</summary>
    public static IEnumerable<(int A, int B)> Candidates(IReadOnlyList<uint[]> signatures)
    {
        var entries = new List<(ulong Key, int Document)>();
        for (int d = 0; d < signatures.Count; d++)
        {
            uint[] signature = signatures[d];
            if (signature.Length != MinHashSignature.Length)
            {
                continue;
            }

            for (int band = 0; band < Bands; band++)
            {
                entries.Add((BandKey(signature.AsSpan(band * Rows, Rows), band), d));
            }
        }

        entries.Sort();
        var seen = new HashSet<long>();
        int start = 0;
        while (start < entries.Count)
        {
            int end = start + 1;
            while (end < entries.Count && entries[end].Key == entries[start].Key)
            {
                end++;
            }

            for (int i = start + 1; i < end; i++)
            {
                for (int j = Math.Max(start, i - MaxComparisonsPerMember); j < i; j++)
                {
                    int a = entries[j].Document;
                    int b = entries[i].Document;
                    if (a != b && seen.Add(((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b)))
                    {
                        yield return (Math.Min(a, b), Math.Max(a, b));
                    }
                }
            }

            start = end;
        }
    }

    private static ulong BandKey(ReadOnlySpan<uint> rows, int band)
    {
        ulong key = (ulong)band * 0x9E3779B97F4A7C15UL;
        foreach (uint row in rows)
        {
            key = (key ^ row) * 0xBF58476D1CE4E5B9UL;
            key ^= key >> 29;
        }

        return key;
    }
}
