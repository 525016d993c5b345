namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// The feature keys of a position: the word's own keys, its neighbours' keys mixed with their
/// offset (−2…+2), and the conjunctions and gazetteer marks that need the whole window. The split
/// matters for speed: the first two parts depend on one word type each, so a tagger sums their
/// weights once per type (<see cref="NerTagger"/>); only <see cref="AddContextual"/> is looked up per token.
/// </summary>
internal static class SentenceFeatures
{
    public const int Window = 2;

    public static WordInfo Start { get; } = Boundary("<s>");

    public static WordInfo End { get; } = Boundary("</s>");

    public static ulong NearKey(ulong key, int offset) => FeatureHash.Mix(key, (ulong)(1000 + offset));

    public static WordInfo At(WordInfo[] words, int i) => i < 0 ? Start : i >= words.Length ? End : words[i];

    /// <summary>Every key of position <paramref name="i"/> (for training).</summary>
    public static ulong[] All(WordInfo[] words, byte[] marks, int i)
    {
        var keys = new List<ulong>(96);
        keys.AddRange(words[i].Own);
        for (int o = -Window; o <= Window; o++)
        {
            if (o != 0)
            {
                foreach (ulong k in At(words, i + o).Near)
                {
                    keys.Add(NearKey(k, o));
                }
            }
        }

        Span<ulong> contextual = stackalloc ulong[MaxContextual];
        int n = AddContextual(words, marks, i, contextual);
        for (int k = 0; k < n; k++)
        {
            keys.Add(contextual[k]);
        }

        return [.. keys];
    }

    public const int MaxContextual = 16;

    /// <summary>Writes the window keys of position <paramref name="i"/>; returns how many.</summary>
    public static int AddContextual(WordInfo[] words, byte[] marks, int i, Span<ulong> into)
    {
        WordInfo m2 = At(words, i - 2), m1 = At(words, i - 1), w = words[i], p1 = At(words, i + 1), p2 = At(words, i + 2);
        int n = 0;
        into[n++] = FeatureHash.Mix(201, m1.BaseHash, w.BaseHash);
        into[n++] = FeatureHash.Mix(202, w.BaseHash, p1.BaseHash);
        into[n++] = FeatureHash.Mix(203, m2.BaseHash, m1.BaseHash);
        into[n++] = FeatureHash.Mix(204, p1.BaseHash, p2.BaseHash);
        into[n++] = FeatureHash.Mix(205, m1.BaseHash, p1.BaseHash);
        into[n++] = FeatureHash.Mix(206, FeatureHash.Mix(m1.ShapeHash, w.ShapeHash), p1.ShapeHash);
        into[n++] = FeatureHash.Mix(207, m1.BaseHash, w.SuffixHash);
        into[n++] = FeatureHash.Mix(208, m1.ClusterHash, w.ClusterHash);
        into[n++] = FeatureHash.Mix(209, w.ClusterHash, p1.ClusterHash);
        into[n++] = FeatureHash.Mix(213, m1.FlatHash, w.FlatHash);
        if (m1.Cues != 0)
        {
            into[n++] = FeatureHash.Mix(210, (ulong)m1.Cues, w.ClusterHash);
        }

        byte mark = marks[i], markBefore = i > 0 ? marks[i - 1] : (byte)0, markAfter = i + 1 < marks.Length ? marks[i + 1] : (byte)0;
        // Place names in the low four bits, mined names in the high four (Gazetteer.Mark).
        int here = mark & 0x0F, before = markBefore & 0x0F, after = markAfter & 0x0F;
        if (here != 0 || before != 0 || after != 0)
        {
            into[n++] = FeatureHash.Mix(211, (ulong)here);
            into[n++] = FeatureHash.Mix(212, FeatureHash.Mix((ulong)before, (ulong)here), (ulong)after);
        }

        int mined = mark >> 4, minedBefore = markBefore >> 4, minedAfter = markAfter >> 4;
        if (mined != 0 || minedBefore != 0 || minedAfter != 0)
        {
            into[n++] = FeatureHash.Mix(214, (ulong)mined);
            into[n++] = FeatureHash.Mix(215, FeatureHash.Mix((ulong)minedBefore, (ulong)mined), (ulong)minedAfter);
            into[n++] = FeatureHash.Mix(216, (ulong)mined, w.ClusterHash);
        }

        return n;
    }

    private static WordInfo Boundary(string name)
    {
        ulong h = FeatureHash.Of(name);
        return new WordInfo(name, [], [FeatureHash.Mix(190, h)], h, h, h, h, h, 0);
    }
}
