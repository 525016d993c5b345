using Marsad.Core.Digests;

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
    /// In a bucket bigger than this (boilerplate bodies repeated many times), a new document is
    /// compared only with the latest this many members: enough to join it to their group, which
    /// union-find then closes, and it keeps the work linear.
    /// </summary>
    public const int MaxComparisonsPerBucket = 32;

    /// <summary>The bucket key of band <paramref name="band"/> of <paramref name="signature"/>.</summary>
    public static ulong Key(ReadOnlySpan<uint> signature, int band)
    {
        ulong key = ((ulong)band + 1) * 0x9E3779B97F4A7C15UL;
        foreach (uint row in signature.Slice(band * Rows, Rows))
        {
            key = (key ^ row) * 0xBF58476D1CE4E5B9UL;
            key ^= key >> 29;
        }

        return key;
    }
}
