
namespace Marsad.Training.Entities.Clusters;

/// <summary>
/// Flat spherical k-means over unit-length embedding rows, at several k at once. Guo et al. (2014,
/// "Revisiting embedding features for simple semi-supervised learning") found flat clusters of an
/// embedding at a few granularities help a linear tagger beside Brown-style paths: a bisecting
/// tree commits to its first cuts, so near neighbours can land in far branches, which flat
/// clusters do not. Deterministic for a given input and seed.
/// </summary>
internal static class FlatKMeans
{
    private const int Iterations = 10;

    /// <summary>
    /// For each k in <paramref name="ks"/>, the cluster of every row of <paramref name="vectors"/>
    /// (rows × dimensions, unit length). Centroids start at distinct rows drawn by <paramref name="seed"/>.
    /// </summary>
    public static int[][] Assign(float[] vectors, int rows, int dimensions, IReadOnlyList<int> ks, int seed)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(ks);
        var result = new int[ks.Count][];
        for (int j = 0; j < ks.Count; j++)
        {
            result[j] = Assign(vectors, rows, dimensions, Math.Min(ks[j], rows), new Random(seed + j));
        }

        return result;
    }

    private static int[] Assign(float[] v, int rows, int d, int k, Random random)
    {
        var assignment = new int[rows];
        if (k <= 1)
        {
            return assignment;
        }

        var centroids = new float[k * d];
        int[] start = [.. Enumerable.Range(0, rows).OrderBy(_ => random.Next()).Take(k)];
        for (int c = 0; c < k; c++)
        {
            v.AsSpan(start[c] * d, d).CopyTo(centroids.AsSpan(c * d, d));
        }

        for (int it = 0; it < Iterations; it++)
        {
            // Rows are independent given the centroids, so the assignment step splits over cores without changing the result.
            float[] current = centroids;
            Parallel.For(0, rows, r =>
            {
                ReadOnlySpan<float> x = v.AsSpan(r * d, d);
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float s = SparseRows.Dot(x, current.AsSpan(c * d, d));
                    if (s > bestScore)
                    {
                        bestScore = s;
                        best = c;
                    }
                }

                assignment[r] = best;
            });

            var next = new float[k * d];
            var sizes = new int[k];
            for (int r = 0; r < rows; r++)
            {
                SparseRows.Axpy(1f, v.AsSpan(r * d, d), next.AsSpan(assignment[r] * d, d));
                sizes[assignment[r]]++;
            }

            for (int c = 0; c < k; c++)
            {
                Span<float> centroid = next.AsSpan(c * d, d);
                if (sizes[c] == 0)
                {
                    // An emptied cluster keeps its old centre rather than vanishing, so k stays k.
                    current.AsSpan(c * d, d).CopyTo(centroid);
                    continue;
                }

                float norm = MathF.Sqrt(SparseRows.Dot(centroid, centroid));
                if (norm > 0)
                {
                    for (int i = 0; i < d; i++)
                    {
                        centroid[i] /= norm;
                    }
                }
            }

            centroids = next;
        }

        return assignment;
    }
}
