
namespace Marsad.Training.Entities.Clusters;

/// <summary>
/// Low-rank row embeddings of a sparse matrix by randomized SVD (Halko, Martinsson and Tropp
/// 2011): a Gaussian sketch with one power iteration, Cholesky-QR for orthonormal bases, and a
/// Jacobi eigen-solve of the small k × k Gram matrix. Rows come out as U·Σ^½, the weighting
/// that works best for word similarity (Levy, Goldberg and Dagan 2015).
/// </summary>
internal static class RandomizedSvd
{
    public static float[] Embed(SparseRows a, int dimensions, int seed)
    {
        ArgumentNullException.ThrowIfNull(a);
        int k = dimensions + 16;
        var random = new Random(seed);
        var omega = new float[a.Columns * k];
        for (int i = 0; i < omega.Length; i++)
        {
            omega[i] = (float)Gaussian(random);
        }

        float[] q = Orthonormalize(a.Times(omega, k), a.Rows, k);
        float[] z = Orthonormalize(a.TransposeTimes(q, k), a.Columns, k);
        q = Orthonormalize(a.Times(z, k), a.Rows, k);
        float[] bt = a.TransposeTimes(q, k); // (Qᵀ A)ᵀ, columns × k
        double[,] gram = Gram(bt, a.Columns, k); // B Bᵀ = U_B Σ² U_Bᵀ
        (double[] eigenvalues, double[,] vectors) = Jacobi(gram);
        int[] order = [.. Enumerable.Range(0, k).OrderByDescending(i => eigenvalues[i])];
        var transform = new float[k * dimensions];
        for (int d = 0; d < dimensions; d++)
        {
            int e = order[d];
            double scale = Math.Pow(Math.Max(eigenvalues[e], 0), 0.25); // σ^½ = λ^¼
            for (int i = 0; i < k; i++)
            {
                transform[(i * dimensions) + d] = (float)(vectors[i, e] * scale);
            }
        }

        var result = new float[a.Rows * dimensions];
        for (int r = 0; r < a.Rows; r++)
        {
            Span<float> target = result.AsSpan(r * dimensions, dimensions);
            for (int i = 0; i < k; i++)
            {
                SparseRows.Axpy(q[(r * k) + i], transform.AsSpan(i * dimensions, dimensions), target);
            }
        }

        return result;
    }

    /// <summary>Cholesky-QR, twice for stability: Y = Q R with Q's columns orthonormal.</summary>
    private static float[] Orthonormalize(float[] y, int n, int k)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            double[,] g = Gram(y, n, k);
            for (int i = 0; i < k; i++)
            {
                g[i, i] += 1e-6 * (g[i, i] + 1e-12);
            }

            double[,] l = Cholesky(g);
            double[,] inverse = LowerInverse(l);
            // Q = Y L⁻ᵀ: row r of Q = row r of Y times (L⁻¹)ᵀ.
            var row = new double[k];
            for (int r = 0; r < n; r++)
            {
                Span<float> yr = y.AsSpan(r * k, k);
                for (int j = 0; j < k; j++)
                {
                    double sum = 0;
                    for (int i = 0; i <= j; i++)
                    {
                        sum += yr[i] * inverse[j, i];
                    }

                    row[j] = sum;
                }

                for (int j = 0; j < k; j++)
                {
                    yr[j] = (float)row[j];
                }
            }
        }

        return y;
    }

    private static double[,] Gram(float[] y, int n, int k)
    {
        var g = new double[k, k];
        var acc = new float[k * k];
        for (int r = 0; r < n; r++)
        {
            ReadOnlySpan<float> yr = y.AsSpan(r * k, k);
            for (int i = 0; i < k; i++)
            {
                if (yr[i] != 0)
                {
                    SparseRows.Axpy(yr[i], yr, acc.AsSpan(i * k, k));
                }
            }

            if (r % 4096 == 4095 || r == n - 1)
            {
                for (int i = 0; i < k; i++)
                {
                    for (int j = 0; j < k; j++)
                    {
                        g[i, j] += acc[(i * k) + j];
                    }
                }

                Array.Clear(acc);
            }
        }

        return g;
    }

    private static double[,] Cholesky(double[,] a)
    {
        int k = a.GetLength(0);
        var l = new double[k, k];
        for (int j = 0; j < k; j++)
        {
            double d = a[j, j];
            for (int p = 0; p < j; p++)
            {
                d -= l[j, p] * l[j, p];
            }

            l[j, j] = Math.Sqrt(Math.Max(d, 1e-12));
            for (int i = j + 1; i < k; i++)
            {
                double s = a[i, j];
                for (int p = 0; p < j; p++)
                {
                    s -= l[i, p] * l[j, p];
                }

                l[i, j] = s / l[j, j];
            }
        }

        return l;
    }

    private static double[,] LowerInverse(double[,] l)
    {
        int k = l.GetLength(0);
        var inv = new double[k, k];
        for (int i = 0; i < k; i++)
        {
            inv[i, i] = 1 / l[i, i];
            for (int j = 0; j < i; j++)
            {
                double s = 0;
                for (int p = j; p < i; p++)
                {
                    s -= l[i, p] * inv[p, j];
                }

                inv[i, j] = s / l[i, i];
            }
        }

        return inv;
    }

    /// <summary>Cyclic Jacobi eigen-decomposition of a small symmetric matrix.</summary>
    private static (double[] Values, double[,] Vectors) Jacobi(double[,] input)
    {
        int n = input.GetLength(0);
        var a = (double[,])input.Clone();
        var v = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (int sweep = 0; sweep < 60; sweep++)
        {
            double off = 0;
            for (int p = 0; p < n; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    off += a[p, q] * a[p, q];
                }
            }

            if (off < 1e-22)
            {
                break;
            }

            for (int p = 0; p < n; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300)
                    {
                        continue;
                    }

                    double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    double c = 1 / Math.Sqrt((t * t) + 1), s = t * c;
                    for (int r = 0; r < n; r++)
                    {
                        double arp = a[r, p], arq = a[r, q];
                        a[r, p] = (c * arp) - (s * arq);
                        a[r, q] = (s * arp) + (c * arq);
                    }

                    for (int r = 0; r < n; r++)
                    {
                        double apr = a[p, r], aqr = a[q, r];
                        a[p, r] = (c * apr) - (s * aqr);
                        a[q, r] = (s * apr) + (c * aqr);
                    }

                    for (int r = 0; r < n; r++)
                    {
                        double vrp = v[r, p], vrq = v[r, q];
                        v[r, p] = (c * vrp) - (s * vrq);
                        v[r, q] = (s * vrp) + (c * vrq);
                    }
                }
            }
        }

        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
