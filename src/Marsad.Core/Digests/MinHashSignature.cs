using System.Numerics;

namespace Marsad.Core.Digests;

/// <summary>
/// The MinHash signature of an article body: for each of <see cref="Length"/> fixed hash
/// permutations, the least permuted value over the body's <see cref="ShingleWords"/>-word shingles
/// (of search-normalised words). Two signatures agree at a position with probability equal to the
/// Jaccard similarity of the two shingle sets. Pure and deterministic (fixed seeds, FNV word
/// hashes), so a store can keep the <c>uint[]</c> and compare it with later articles.
/// </summary>
public static class MinHashSignature
{
    /// <summary>Values per signature: 128 gives a Jaccard estimate within about ±0.045 (one standard deviation at 0.5).</summary>
    public const int Length = 128;

    /// <summary>
    /// Words per shingle. Five words is the usual choice for news copy: short enough that one edited
    /// word spoils only five shingles, long enough that stock phrases ("وقال المتحدث باسم") shared by
    /// unrelated articles rarely make a whole shingle.
    /// </summary>
    public const int ShingleWords = 5;

    /// <summary>
    /// Below this many shingles a body is too short for the estimate to mean anything (one changed
    /// word moves half the shingles of a ten-shingle text), so it gets no signature and matches only
    /// when its normalised words are identical (<see cref="ExactKey"/>).
    /// </summary>
    public const int MinShingles = 10;

    private static readonly uint[] Seeds = MakeSeeds();

    /// <summary>The signature over a body's hashed words (<c>NormalizedWords.Hashes</c>), or an empty array when it has fewer than <see cref="MinShingles"/> shingles.</summary>
    public static uint[] OfWords(ReadOnlySpan<ulong> words)
    {
        int shingles = words.Length - ShingleWords + 1;
        if (shingles < MinShingles)
        {
            return [];
        }

        var mins = new uint[Length];
        mins.AsSpan().Fill(uint.MaxValue);
        int width = Vector<uint>.Count;
        for (int s = 0; s < shingles; s++)
        {
            var x = new Vector<uint>(ShingleHash(words.Slice(s, ShingleWords)));
            for (int v = 0; v + width <= Length; v += width)
            {
                var seeds = new Vector<uint>(Seeds, v);
                var current = new Vector<uint>(mins, v);
                Vector.Min(current, Mix(x ^ seeds)).CopyTo(mins, v);
            }
        }

        return mins;
    }

    /// <summary>The estimated Jaccard similarity: the share of positions where the two signatures agree; 0 when either is empty.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != Length || b.Length != Length)
        {
            return 0;
        }

        int same = 0;
        for (int i = 0; i < Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return (double)same / Length;
    }

    /// <summary>
    /// A key for the exact word sequence, for bodies too short for a signature: equal keys mean equal
    /// normalised words (up to a 64-bit collision). Null when the body has no word at all, so empty
    /// bodies never match each other.
    /// </summary>
    public static ulong? ExactKey(ReadOnlySpan<ulong> words)
    {
        if (words.IsEmpty)
        {
            return null;
        }

        ulong key = 14695981039346656037UL;
        foreach (ulong word in words)
        {
            key = Avalanche(key ^ word) * 1099511628211UL;
        }

        return key;
    }

    private static uint ShingleHash(ReadOnlySpan<ulong> shingle)
    {
        ulong hash = 0x9E3779B97F4A7C15UL;
        foreach (ulong word in shingle)
        {
            hash = Avalanche(hash ^ word);
        }

        return (uint)(hash ^ (hash >> 32));
    }

    /// <summary>MurmurHash3's 32-bit finaliser, lane by lane: a bijection, so each seed gives a permutation of the shingle hashes.</summary>
    private static Vector<uint> Mix(Vector<uint> h)
    {
        h ^= Vector.ShiftRightLogical(h, 16);
        h *= new Vector<uint>(0x85EBCA6Bu);
        h ^= Vector.ShiftRightLogical(h, 13);
        h *= new Vector<uint>(0xC2B2AE35u);
        h ^= Vector.ShiftRightLogical(h, 16);
        return h;
    }

    /// <summary>SplitMix64's finaliser.</summary>
    private static ulong Avalanche(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Fixed seeds (SplitMix64 from a constant): changing them invalidates stored signatures.</summary>
    private static uint[] MakeSeeds()
    {
        var seeds = new uint[Length];
        ulong state = 0x4D61727361644D48UL;
        for (int i = 0; i < Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = (uint)Avalanche(state);
        }

        return seeds;
    }
}
