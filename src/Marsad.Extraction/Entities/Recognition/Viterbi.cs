namespace Marsad.Extraction.Entities.Recognition;

/// <summary>First-order Viterbi over emission scores and a transition matrix, BIO-invalid moves forbidden.</summary>
public static class Viterbi
{
    /// <summary>Sentences up to this many tokens × classes decode without touching the heap.</summary>
    private const int StackCells = 4096;

    /// <param name="emissions">n × C scores.</param>
    /// <param name="transitions">(C + 1) × C scores, the last row from the sentence start.</param>
    public static void Decode(ReadOnlySpan<float> emissions, int n, TagSet tags, ReadOnlySpan<float> transitions, Span<int> path)
    {
        int c = tags.Count;
        if (n == 0)
        {
            return;
        }

        if (c > byte.MaxValue)
        {
            throw new ArgumentException("Viterbi keeps back-pointers in bytes; at most 255 classes.", nameof(tags));
        }

        // Forbidden moves become −∞ once, so the inner loop has no branch on them.
        bool[] allowed = tags.Allowed;
        Span<float> moves = (c + 1) * c <= 1024 ? stackalloc float[(c + 1) * c] : new float[(c + 1) * c];
        for (int k = 0; k < moves.Length; k++)
        {
            moves[k] = allowed[k] ? transitions[k] : float.NegativeInfinity;
        }

        // Two rolling score rows; back-pointers for every cell.
        Span<float> previous = c <= 256 ? stackalloc float[c] : new float[c];
        Span<float> current = c <= 256 ? stackalloc float[c] : new float[c];
        Span<byte> back = n * c <= StackCells ? stackalloc byte[n * c] : new byte[n * c];
        ReadOnlySpan<float> fromStart = moves.Slice(c * c, c);
        for (int t = 0; t < c; t++)
        {
            previous[t] = emissions[t] + fromStart[t];
        }

        for (int i = 1; i < n; i++)
        {
            ReadOnlySpan<float> e = emissions.Slice(i * c, c);
            Span<byte> b = back.Slice(i * c, c);
            for (int t = 0; t < c; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < c; p++)
                {
                    float s = previous[p] + moves[(p * c) + t];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                current[t] = best + e[t];
                b[t] = (byte)arg;
            }

            Span<float> swap = previous;
            previous = current;
            current = swap;
        }

        int last = 0;
        for (int t = 1; t < c; t++)
        {
            if (previous[t] > previous[last])
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
