
namespace Marsad.Training.Entities.Clusters;

/// <summary>
/// Cuts embedded words into a binary tree by recursive spherical 2-means, giving each word the
/// bit string of its branch choices: the shape of Brown clusters (prefixes are coarser clusters)
/// at a fraction of Brown's cost.
/// </summary>
internal static class BisectingTree
{
    private const int Iterations = 8;

    /// <summary>One path per row of <paramref name="vectors"/> (rows × dimensions, each row normalised here).</summary>
    public static string[] Paths(float[] vectors, int rows, int dimensions, int depth, int seed)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        for (int r = 0; r < rows; r++)
        {
            Normalize(vectors.AsSpan(r * dimensions, dimensions));
        }

        var paths = new string[rows];
        var random = new Random(seed);
        var pending = new Stack<(int[] Members, string Path)>();
        pending.Push(([.. Enumerable.Range(0, rows)], string.Empty));
        var c0 = new float[dimensions];
        var c1 = new float[dimensions];
        while (pending.Count > 0)
        {
            (int[] members, string path) = pending.Pop();
            if (members.Length <= 1 || path.Length >= depth)
            {
                foreach (int m in members)
                {
                    paths[m] = path.Length == 0 ? "0" : path;
                }

                continue;
            }

            bool[] side = Split(vectors, dimensions, members, random, c0, c1);
            int[] left = [.. members.Where((_, i) => !side[i])];
            int[] right = [.. members.Where((_, i) => side[i])];
            if (left.Length == 0 || right.Length == 0)
            {
                int half = members.Length / 2;
                left = members[..half];
                right = members[half..];
            }

            pending.Push((right, path + "1"));
            pending.Push((left, path + "0"));
        }

        return paths;
    }

    private static bool[] Split(float[] v, int d, int[] members, Random random, float[] c0, float[] c1)
    {
        // Seeds: a random member and the member least like it, so the first cut follows the widest spread.
        int first = members[random.Next(members.Length)];
        int far = first;
        float worst = float.MaxValue;
        foreach (int m in members)
        {
            float s = SparseRows.Dot(v.AsSpan(first * d, d), v.AsSpan(m * d, d));
            if (s < worst)
            {
                worst = s;
                far = m;
            }
        }

        v.AsSpan(first * d, d).CopyTo(c0);
        v.AsSpan(far * d, d).CopyTo(c1);
        var side = new bool[members.Length];
        for (int it = 0; it < Iterations; it++)
        {
            for (int i = 0; i < members.Length; i++)
            {
                ReadOnlySpan<float> x = v.AsSpan(members[i] * d, d);
                side[i] = SparseRows.Dot(x, c1) > SparseRows.Dot(x, c0);
            }

            Array.Clear(c0);
            Array.Clear(c1);
            for (int i = 0; i < members.Length; i++)
            {
                SparseRows.Axpy(1f, v.AsSpan(members[i] * d, d), side[i] ? c1 : c0);
            }

            Normalize(c0);
            Normalize(c1);
        }

        return side;
    }

    private static void Normalize(Span<float> x)
    {
        float norm = MathF.Sqrt(SparseRows.Dot(x, x));
        if (norm > 0)
        {
            for (int i = 0; i < x.Length; i++)
            {
                x[i] /= norm;
            }
        }
    }
}
