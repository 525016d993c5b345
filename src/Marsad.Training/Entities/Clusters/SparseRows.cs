using System.Numerics;

namespace Marsad.Training.Entities.Clusters;

/// <summary>A read-only sparse matrix in compressed rows, with the two products randomized SVD needs.</summary>
internal sealed class SparseRows(int rows, int columns, int[] starts, int[] indices, float[] values)
{
    public int Rows { get; } = rows;

    public int Columns { get; } = columns;

    /// <summary>this (rows × columns) times <paramref name="dense"/> (columns × k, row-major) → rows × k.</summary>
    public float[] Times(float[] dense, int k)
    {
        var result = new float[Rows * k];
        for (int r = 0; r < Rows; r++)
        {
            Span<float> target = result.AsSpan(r * k, k);
            for (int p = starts[r]; p < starts[r + 1]; p++)
            {
                Axpy(values[p], dense.AsSpan(indices[p] * k, k), target);
            }
        }

        return result;
    }

    /// <summary>this transposed (columns × rows) times <paramref name="dense"/> (rows × k) → columns × k.</summary>
    public float[] TransposeTimes(float[] dense, int k)
    {
        var result = new float[Columns * k];
        for (int r = 0; r < Rows; r++)
        {
            ReadOnlySpan<float> source = dense.AsSpan(r * k, k);
            for (int p = starts[r]; p < starts[r + 1]; p++)
            {
                Axpy(values[p], source, result.AsSpan(indices[p] * k, k));
            }
        }

        return result;
    }

    /// <summary>target += a · x.</summary>
    public static void Axpy(float a, ReadOnlySpan<float> x, Span<float> target)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var va = new Vector<float>(a);
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var t = new Vector<float>(target[i..]) + (va * new Vector<float>(x[i..]));
                t.CopyTo(target[i..]);
            }
        }

        for (; i < x.Length; i++)
        {
            target[i] += a * x[i];
        }
    }

    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        float sum = 0;
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var acc = Vector<float>.Zero;
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                acc += new Vector<float>(x[i..]) * new Vector<float>(y[i..]);
            }

            sum = Vector.Sum(acc);
        }

        for (; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }
}
