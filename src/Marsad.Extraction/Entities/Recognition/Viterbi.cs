namespace Marsad.Extraction.Entities.Recognition;

/// <summary>First-order Viterbi over emission scores and a transition matrix, BIO-invalid moves forbidden.</summary>
internal static class Viterbi
{
    /// <param name="emissions">n × C scores.</param>
    /// <param name="transitions">(C + 1) × C scores, the last row from the sentence start.</param>
    public static void Decode(ReadOnlySpan<float> emissions, int n, TagSet tags, ReadOnlySpan<float> transitions, Span<int> path)
    {
        int c = tags.Count;
        if (n == 0)
        {
            return;
        }

        bool[] allowed = tags.Allowed;
        var score = new float[n * c];
        var back = new int[n * c];
        for (int t = 0; t < c; t++)
        {
            score[t] = allowed[(c * c) + t] ? emissions[t] + transitions[(c * c) + t] : float.NegativeInfinity;
        }

        for (int i = 1; i < n; i++)
        {
            for (int t = 0; t < c; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < c; p++)
                {
                    if (!allowed[(p * c) + t])
                    {
                        continue;
                    }

                    float s = score[((i - 1) * c) + p] + transitions[(p * c) + t];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[(i * c) + t] = best + emissions[(i * c) + t];
                back[(i * c) + t] = arg;
            }
        }

        int last = 0;
        for (int t = 1; t < c; t++)
        {
            if (score[((n - 1) * c) + t] > score[((n - 1) * c) + last])
            {
                last = t;
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            path[i] = last;
            last = back[(i * c) + last];
        }
    }
}
