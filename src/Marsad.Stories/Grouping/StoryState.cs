namespace Marsad.Stories.Grouping;

/// <summary>
/// What <see cref="StoryLinker"/> knows of each partial story, kept at its union-find root: the
/// first and last dated day, and the centroid (sum of member unit vectors) with its squared norm.
/// A lone document's centroid is its own vector, made into a map only when it first joins.
/// </summary>
internal sealed class StoryState
{
    private const int NoDay = int.MaxValue;

    private readonly TermVector[] _vectors;
    private readonly int[] _first;
    private readonly int[] _last;
    private readonly Dictionary<int, Dictionary<ulong, double>> _centroids = [];
    private readonly double[] _norm2;

    public StoryState(TermVector[] vectors, int[] days)
    {
        _vectors = vectors;
        _first = (int[])days.Clone();
        _last = [.. days.Select(d => d == NoDay ? int.MinValue : d)];
        _norm2 = [.. vectors.Select(v => v.Terms.Length == 0 ? 0.0 : 1.0)];
    }

    /// <summary>Whether stories <paramref name="a"/> and <paramref name="b"/> (roots) may join; <paramref name="dot"/> is their centroids' dot product.</summary>
    public bool CanJoin(int a, int b, int maxSpanDays, double threshold, out double dot)
    {
        dot = 0;
        int first = Math.Min(_first[a], _first[b]);
        int last = Math.Max(_last[a], _last[b]);
        if (first != NoDay && last != int.MinValue && (long)last - first > maxSpanDays)
        {
            return false;
        }

        if (_norm2[a] <= 0 || _norm2[b] <= 0)
        {
            return false;
        }

        dot = Dot(a, b);
        return dot / Math.Sqrt(_norm2[a] * _norm2[b]) >= threshold;
    }

    /// <summary>Moves story <paramref name="from"/> into <paramref name="into"/>, both roots before the union.</summary>
    public void Join(int into, int from, double dot)
    {
        Dictionary<ulong, double> target = Centroid(into);
        foreach ((ulong term, double weight) in Centroid(from))
        {
            target[term] = target.GetValueOrDefault(term) + weight;
        }

        _centroids.Remove(from);
        _norm2[into] = _norm2[into] + _norm2[from] + (2 * dot);
        _first[into] = Math.Min(_first[into], _first[from]);
        _last[into] = Math.Max(_last[into], _last[from]);
    }

    private double Dot(int a, int b)
    {
        Dictionary<ulong, double> left = Centroid(a);
        Dictionary<ulong, double> right = Centroid(b);
        if (left.Count > right.Count)
        {
            (left, right) = (right, left);
        }

        double sum = 0;
        foreach ((ulong term, double weight) in left)
        {
            if (right.TryGetValue(term, out double other))
            {
                sum += weight * other;
            }
        }

        return sum;
    }

    private Dictionary<ulong, double> Centroid(int root)
    {
        if (!_centroids.TryGetValue(root, out Dictionary<ulong, double>? centroid))
        {
            TermVector vector = _vectors[root];
            centroid = new Dictionary<ulong, double>(vector.Terms.Length);
            for (int i = 0; i < vector.Terms.Length; i++)
            {
                centroid[vector.Terms[i]] = vector.Weights[i];
            }

            _centroids[root] = centroid;
        }

        return centroid;
    }
}
