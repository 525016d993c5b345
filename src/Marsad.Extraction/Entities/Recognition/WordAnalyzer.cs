using System.Text;
using Marsad.Extraction.Entities.Clusters;
using Marsad.Text.Stemming;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Turns a token into its <see cref="WordInfo"/>: folded surface and base (<see cref="WordForms"/>),
/// light stem, affixes, shape, cluster path prefixes of surface and base, and cue flags.
/// Feature templates are numbered; a key is the template mixed with the hash of its value.
/// </summary>
internal sealed class WordAnalyzer(WordClusters clusters)
{
    private static readonly int[] OwnPrefixes = [4, 6, 8, 10, 12, 16];
    private static readonly int[] NearPrefixes = [4, 8, 12];

    // About a kilobyte per word type: a quarter of a million types (all but the rarest words of a
    // year of news) keeps memory near 300 MB however many articles pass; rarer words are recomputed.
    private const int CacheLimit = 250_000;

    private int _cached;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, WordInfo> _cache = new(StringComparer.Ordinal);

    public WordClusters Clusters { get; } = clusters;

    /// <summary>The analysis of <paramref name="token"/>, from a bounded cache shared by every tagger using this analyzer.</summary>
    public WordInfo Analyze(string token)
    {
        if (_cache.TryGetValue(token, out WordInfo? info))
        {
            return info;
        }

        info = Compute(token);
        if (Volatile.Read(ref _cached) < CacheLimit && _cache.TryAdd(token, info))
        {
            Interlocked.Increment(ref _cached);
        }

        return info;
    }

    private WordInfo Compute(string token)
    {
        (string surface, string baseForm, int proclitic) = WordForms.Of(token);
        string stem = ArabicLightStemmer.Stem(surface);
        string shape = Shape(token);
        string? surfacePath = Clusters.PathOf(surface);
        string? basePath = proclitic == 0 ? surfacePath : Clusters.PathOf(baseForm);
        int cues = CueLexicon.Of(baseForm);
        var own = new List<ulong>(40)
        {
            Key(0, "bias"), Key(1, surface), Key(2, baseForm), Key(3, stem), Key(4, shape),
            Key(5, proclitic == 0 ? string.Empty : surface[..proclitic]),
            Key(6, surfacePath ?? "?"), Key(7, basePath ?? "?"),
        };
        for (int k = 1; k <= 5; k++)
        {
            if (k <= baseForm.Length)
            {
                if (k <= 3)
                {
                    own.Add(Key(10 + k, baseForm.AsSpan(0, k)));
                }

                own.Add(Key(20 + k, baseForm.AsSpan(baseForm.Length - k)));
            }
        }

        foreach (int n in OwnPrefixes)
        {
            if (surfacePath is not null && surfacePath.Length >= n)
            {
                own.Add(Key(30 + n, surfacePath.AsSpan(0, n)));
            }

            if (basePath is not null && basePath.Length >= n)
            {
                own.Add(Key(50 + n, basePath.AsSpan(0, n)));
            }
        }

        for (int bit = 0; bit < 6; bit++)
        {
            if ((cues & (1 << bit)) != 0)
            {
                own.Add(Key(70 + bit, "cue"));
            }
        }

        string? corpusCues = Clusters.CuesOf(baseForm) ?? Clusters.CuesOf(surface);
        if (corpusCues is not null)
        {
            for (int k = 0; k < corpusCues.Length; k++)
            {
                own.Add(FeatureHash.Mix(80 + (ulong)k, corpusCues[k]));
            }

            own.Add(Key(89, corpusCues));
        }

        // Flat k-means clusters (coarse to fine) of surface and base; a neighbour's base cluster, or its surface's when the base is unknown.
        int[]? surfaceFlat = Clusters.FlatOf(surface);
        int[]? baseFlat = proclitic == 0 ? surfaceFlat : Clusters.FlatOf(baseForm);
        int[]? nearFlat = baseFlat ?? surfaceFlat;
        for (int j = 0; surfaceFlat is not null && j < surfaceFlat.Length; j++)
        {
            own.Add(FeatureHash.Mix(300 + (ulong)j, (ulong)surfaceFlat[j]));
        }

        for (int j = 0; baseFlat is not null && j < baseFlat.Length; j++)
        {
            own.Add(FeatureHash.Mix(305 + (ulong)j, (ulong)baseFlat[j]));
        }

        var near = new List<ulong>(16)
        {
            Key(101, surface), Key(102, baseForm), Key(104, shape), Key(107, basePath ?? surfacePath ?? "?"),
            Key(120, baseForm.AsSpan(Math.Max(0, baseForm.Length - 2))),
        };
        if (corpusCues is not null)
        {
            near.Add(Key(189, corpusCues));
        }

        foreach (int n in NearPrefixes)
        {
            string? path = basePath ?? surfacePath;
            if (path is not null && path.Length >= n)
            {
                near.Add(Key(130 + n, path.AsSpan(0, n)));
            }
        }

        for (int bit = 0; bit < 6; bit++)
        {
            if ((cues & (1 << bit)) != 0)
            {
                near.Add(Key(170 + bit, "cue"));
            }
        }

        for (int j = 0; nearFlat is not null && j < nearFlat.Length; j++)
        {
            near.Add(FeatureHash.Mix(310 + (ulong)j, (ulong)nearFlat[j]));
        }

        // The middle granularity is what window conjunctions pair with a neighbour's.
        ulong flatHash = nearFlat is { Length: > 0 } f ? FeatureHash.Mix(320, (ulong)f[f.Length / 2]) : FeatureHash.Of("?");
        string clusterKey = basePath is { Length: >= 6 } p ? p[..6] : "?";
        return new WordInfo(baseForm, [.. own], [.. near], FeatureHash.Of(baseForm), FeatureHash.Of(shape),
            FeatureHash.Of(baseForm.AsSpan(Math.Max(0, baseForm.Length - 2))), FeatureHash.Of(clusterKey), flatHash, cues);
    }

    private static ulong Key(int template, ReadOnlySpan<char> value) => FeatureHash.Mix((ulong)template, FeatureHash.Of(value));

    private static bool IsArabic(char ch) =>
        ch is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFEFF');

    /// <summary>Character classes with runs collapsed, plus a length bucket: "A:4", "D.D:3", "(A:2".</summary>
    private static string Shape(string token)
    {
        var sb = new StringBuilder(8);
        char last = '\0';
        int letters = 0;
        foreach (char ch in token)
        {
            char cls = IsArabic(ch) ? 'A'
                : char.IsAsciiLetter(ch) ? 'L'
                : char.IsDigit(ch) ? 'D'
                : char.IsLetter(ch) ? 'l'
                : ch;
            if (cls is 'A' or 'L' or 'l')
            {
                letters++;
            }

            if (cls != last && sb.Length < 6)
            {
                sb.Append(cls);
                last = cls;
            }
        }

        int bucket = letters switch { <= 2 => letters, 3 => 3, <= 5 => 5, <= 8 => 8, _ => 9 };
        return sb.Append(':').Append(bucket).ToString();
    }
}
