namespace Marsad.Neural;

/// <summary>The best tag sequence under the CRF: Viterbi over per-token scores and the learned transitions.</summary>
internal static class CrfDecoder
{
    /// <param name="emissions">[length × tags], row-major.</param>
    /// <param name="transitions">[tags × tags]: from the row's tag to the column's.</param>
    public static int[] Decode(ReadOnlySpan<float> emissions, int length, int tags, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, ReadOnlySpan<float> end)
    {
        var path = new int[length];
        if (length == 0)
        {
            return path;
        }
        var score = new float[tags];
        var next = new float[tags];
        var back = new int[length * tags];
        for (int t = 0; t < tags; t++)
        {
            score[t] = start[t] + emissions[t];
        }
        for (int i = 1; i < length; i++)
        {
            for (int t = 0; t < tags; t++)
            {
                float best = float.NegativeInfinity;
                int from = 0;
                for (int p = 0; p < tags; p++)
                {
                    float s = score[p] + transitions[(p * tags) + t];
                    if (s > best)
                    {
                        (best, from) = (s, p);
                    }
                }
                next[t] = best + emissions[(i * tags) + t];
                back[(i * tags) + t] = from;
            }
            (score, next) = (next, score);
        }
        int last = 0;
        for (int t = 1; t < tags; t++)
        {
            if (score[t] + end[t] > score[last] + end[last])
            {
                last = t;
            }
        }
        path[length - 1] = last;
        for (int i = length - 1; i > 0; i--)
        {
            path[i - 1] = back[(i * tags) + path[i]];
        }
        return path;
    }
}
