namespace Marsad.Extraction.Entities.Tagging;

/// <summary>
/// A trained multi-class linear model: one weight per (feature, class), averaged over training.
/// Immutable once built, so any number of threads may score with it at once.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<string, float[]> _weights;

    public AveragedPerceptron(IReadOnlyList<string> classes, Dictionary<string, float[]> weights)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(weights);
        Classes = classes;
        _weights = weights;
    }

    public IReadOnlyList<string> Classes { get; }

    /// <summary>The features that carry weight, in a stable order (for saving).</summary>
    public IEnumerable<KeyValuePair<string, float[]>> Weights => _weights;

    public int FeatureCount => _weights.Count;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (one slot per class).</summary>
    public void Score(IReadOnlyList<string> features, Span<float> scores)
    {
        scores.Clear();
        for (int f = 0; f < features.Count; f++)
        {
            if (_weights.TryGetValue(features[f], out float[]? w))
            {
                for (int c = 0; c < scores.Length; c++)
                {
                    scores[c] += w[c];
                }
            }
        }
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            // Ties go to the lower index so prediction never depends on anything but the weights.
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }
}
