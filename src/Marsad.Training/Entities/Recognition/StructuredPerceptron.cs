using System.Runtime.InteropServices;
using Marsad.Extraction.Entities.Recognition;

namespace Marsad.Training.Entities.Recognition;

/// <summary>
/// Trains <see cref="NerModel"/> weights as a structured perceptron (Collins 2002): decode each
/// sentence with Viterbi, and where the best path differs from the gold one move weight from
/// the predicted tags to the gold tags. Averaged with the timestamp trick, so an update costs
/// O(features of the wrong positions), not O(model).
/// </summary>
internal sealed class StructuredPerceptron
{
    private readonly TagSet _tags;
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights = new float[1 << 16];
    private double[] _totals = new double[1 << 16];
    private int[] _stamps = new int[1 << 16];
    private readonly float[] _transitions;
    private readonly double[] _transitionTotals;
    private readonly int[] _transitionStamps;
    private int _time;

    public StructuredPerceptron(TagSet tags)
    {
        _tags = tags;
        int n = (tags.Count + 1) * tags.Count;
        _transitions = new float[n];
        _transitionTotals = new double[n];
        _transitionStamps = new int[n];
    }

    /// <summary>One training step on a sentence: <paramref name="keys"/> per position, <paramref name="gold"/> class per position.</summary>
    public void Learn(ulong[][] keys, int[] gold)
    {
        _time++;
        int n = keys.Length, c = _tags.Count;
        var emissions = new float[n * c];
        for (int i = 0; i < n; i++)
        {
            Span<float> e = emissions.AsSpan(i * c, c);
            foreach (ulong k in keys[i])
            {
                if (_rows.TryGetValue(k, out int row))
                {
                    ReadOnlySpan<float> w = _weights.AsSpan(row * c, c);
                    for (int t = 0; t < c; t++)
                    {
                        e[t] += w[t];
                    }
                }
            }
        }

        var predicted = new int[n];
        Viterbi.Decode(emissions, n, _tags, _transitions, predicted);
        for (int i = 0; i < n; i++)
        {
            if (predicted[i] != gold[i])
            {
                foreach (ulong k in keys[i])
                {
                    int row = Row(k);
                    Bump(_weights, _totals, _stamps, (row * c) + gold[i], 1f);
                    Bump(_weights, _totals, _stamps, (row * c) + predicted[i], -1f);
                }
            }

            int goldPrev = i == 0 ? c : gold[i - 1], predPrev = i == 0 ? c : predicted[i - 1];
            if (goldPrev != predPrev || gold[i] != predicted[i])
            {
                Bump(_transitions, _transitionTotals, _transitionStamps, (goldPrev * c) + gold[i], 1f);
                Bump(_transitions, _transitionTotals, _transitionStamps, (predPrev * c) + predicted[i], -1f);
            }
        }
    }

    /// <summary>The averaged model; rows whose averaged weights are all below <paramref name="minWeight"/> are dropped.</summary>
    public NerModel Build(Gazetteer gazetteer, string description, float minWeight)
    {
        int c = _tags.Count;
        var rows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        var row = new float[c];
        foreach ((ulong key, int r) in _rows)
        {
            bool any = false;
            for (int t = 0; t < c; t++)
            {
                float v = Average(_weights, _totals, _stamps, (r * c) + t);
                row[t] = Math.Abs(v) >= minWeight ? (float)(Half)v : 0f;
                any |= row[t] != 0f;
            }

            if (any)
            {
                rows[key] = rows.Count;
                kept.AddRange(row);
            }
        }

        var transitions = new float[_transitions.Length];
        for (int k = 0; k < transitions.Length; k++)
        {
            transitions[k] = Average(_transitions, _transitionTotals, _transitionStamps, k);
        }

        return new NerModel(_tags, rows, [.. kept], transitions, gazetteer, description);
    }

    private float Average(float[] w, double[] totals, int[] stamps, int k) =>
        (float)((totals[k] + ((double)(_time - stamps[k]) * w[k])) / Math.Max(_time, 1));

    private int Row(ulong key)
    {
        ref int row = ref CollectionsMarshal.GetValueRefOrAddDefault(_rows, key, out bool exists);
        if (!exists)
        {
            row = _rows.Count - 1;
            int need = _rows.Count * _tags.Count;
            if (need > _weights.Length)
            {
                int size = Math.Max(need, _weights.Length * 2);
                Array.Resize(ref _weights, size);
                Array.Resize(ref _totals, size);
                Array.Resize(ref _stamps, size);
            }
        }

        return row;
    }

    private void Bump(float[] w, double[] totals, int[] stamps, int k, float delta)
    {
        totals[k] += (double)(_time - stamps[k]) * w[k];
        stamps[k] = _time;
        w[k] += delta;
    }
}
