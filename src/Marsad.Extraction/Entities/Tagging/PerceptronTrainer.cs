namespace Marsad.Extraction.Entities.Tagging;

/// <summary>
/// Learns an <see cref="AveragedPerceptron"/>. Averaging uses the timestamp trick: each weight
/// remembers when it last changed, and its running total is brought up to date only when it
/// changes again (or at the end), so an update costs O(features) rather than O(model).
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private readonly int _classCount;
    private int _instances;

    public PerceptronTrainer(int classCount) => _classCount = classCount;

    public void Score(IReadOnlyList<string> features, Span<float> scores)
    {
        scores.Clear();
        for (int f = 0; f < features.Count; f++)
        {
            if (_slots.TryGetValue(features[f], out Slot? slot))
            {
                for (int c = 0; c < scores.Length; c++)
                {
                    scores[c] += slot.Weights[c];
                }
            }
        }
    }

    /// <summary>Counts one training instance; moves weight from <paramref name="guess"/> to <paramref name="truth"/> when they differ.</summary>
    public void Update(int truth, int guess, IReadOnlyList<string> features)
    {
        _instances++;
        if (truth == guess)
        {
            return;
        }

        for (int f = 0; f < features.Count; f++)
        {
            string feature = features[f];
            if (!_slots.TryGetValue(feature, out Slot? slot))
            {
                slot = new Slot(_classCount);
                _slots.Add(feature, slot);
            }

            Bump(slot, truth, 1f);
            Bump(slot, guess, -1f);
        }
    }

    /// <summary>The averaged model; weights below <paramref name="minWeight"/> in magnitude are dropped to keep it small.</summary>
    public AveragedPerceptron Build(IReadOnlyList<string> classes, float minWeight)
    {
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        int total = Math.Max(_instances, 1);
        foreach ((string feature, Slot slot) in _slots)
        {
            float[] averaged = new float[_classCount];
            bool any = false;
            for (int c = 0; c < _classCount; c++)
            {
                double sum = slot.Totals[c] + ((double)(_instances - slot.Stamps[c]) * slot.Weights[c]);
                float value = (float)(sum / total);
                if (Math.Abs(value) >= minWeight)
                {
                    averaged[c] = value;
                    any = true;
                }
            }

            if (any)
            {
                weights.Add(feature, averaged);
            }
        }

        return new AveragedPerceptron(classes, weights);
    }

    private void Bump(Slot slot, int c, float delta)
    {
        slot.Totals[c] += (double)(_instances - slot.Stamps[c]) * slot.Weights[c];
        slot.Stamps[c] = _instances;
        slot.Weights[c] += delta;
    }

    private sealed class Slot(int classCount)
    {
        public float[] Weights { get; } = new float[classCount];

        public double[] Totals { get; } = new double[classCount];

        public int[] Stamps { get; } = new int[classCount];
    }
}
