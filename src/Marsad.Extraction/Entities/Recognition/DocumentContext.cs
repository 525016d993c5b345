namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Document-level features for the second pass (Krishnan and Manning 2006, in stacked form):
/// what the first pass called the same word elsewhere in the nearby text (within
/// <see cref="Window"/> sentences either side), and what it called this token and its
/// neighbours. A name introduced with its title in one sentence is then recognised when it
/// recurs bare in the next.
/// </summary>
internal static class DocumentContext
{
    public const int Window = 40;

    private const int MaxPerToken = 5;

    public static TokenKeys[] Keys(IReadOnlyList<WordInfo[]> words, IReadOnlyList<int[]> firstPaths, IReadOnlyList<string> classes)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(firstPaths);
        ArgumentNullException.ThrowIfNull(classes);
        ulong[] typeOf = [.. classes.Select(c => c.Length > 2 ? FeatureHash.Of(c.AsSpan(2)) : 0UL)];
        ulong[] classKey = [.. classes.Select(c => FeatureHash.Of(c))];
        int[] typeSlot = new int[classes.Count];
        for (int c = 0; c < classes.Count; c++)
        {
            // The lowest class index with the same type stands for the type.
            typeSlot[c] = c;
            for (int d = 0; d < c; d++)
            {
                if (typeOf[d] == typeOf[c])
                {
                    typeSlot[c] = d;
                    break;
                }
            }
        }
        var seen = new Dictionary<ulong, List<(int Sentence, int Token, int Class)>>();
        for (int s = 0; s < words.Count; s++)
        {
            for (int i = 0; i < words[s].Length; i++)
            {
                int c = firstPaths[s][i];
                if (typeOf[c] != 0)
                {
                    if (!seen.TryGetValue(words[s][i].BaseHash, out var list))
                    {
                        seen[words[s][i].BaseHash] = list = [];
                    }

                    list.Add((s, i, c));
                }
            }
        }

        var result = new TokenKeys[words.Count];
        var counts = new int[classes.Count];
        for (int s = 0; s < words.Count; s++)
        {
            WordInfo[] sentence = words[s];
            int[] path = firstPaths[s];
            var flat = new ulong[sentence.Length * MaxPerToken];
            var starts = new int[sentence.Length + 1];
            int n = 0;
            bool evidence = false;
            Span<ulong> keys = flat;
            for (int i = 0; i < sentence.Length; i++)
            {
                starts[i] = n;
                keys[n++] = FeatureHash.Mix(243, classKey[path[i]]);
                keys[n++] = FeatureHash.Mix(244, i > 0 ? classKey[path[i - 1]] : 1UL, classKey[path[i]]);
                keys[n++] = FeatureHash.Mix(245, classKey[path[i]], i + 1 < path.Length ? classKey[path[i + 1]] : 2UL);
                if (seen.TryGetValue(sentence[i].BaseHash, out var others))
                {
                    // Counted per type (B- and I- of a type together), through the type's first class.
                    Array.Clear(counts);
                    int best = -1;
                    foreach ((int os, int oi, int oc) in others)
                    {
                        if ((os != s || oi != i) && Math.Abs(os - s) <= Window)
                        {
                            int t = typeSlot[oc];
                            counts[t]++;
                            if (best < 0 || counts[t] > counts[best] || (counts[t] == counts[best] && t < best))
                            {
                                best = t;
                            }
                        }
                    }

                    if (best >= 0)
                    {
                        evidence = true;
                        keys[n++] = FeatureHash.Mix(241, typeOf[best], (ulong)Math.Min(counts[best], 3));
                        keys[n++] = FeatureHash.Mix(242, typeOf[best], classKey[path[i]]);
                    }
                }
            }

            starts[sentence.Length] = n;
            result[s] = new TokenKeys(flat, starts, evidence);
        }

        return result;
    }
}
