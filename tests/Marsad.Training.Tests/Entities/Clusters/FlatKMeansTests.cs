using Marsad.Training.Entities.Clusters;

namespace Marsad.Training.Tests.Entities.Clusters;

public sealed class FlatKMeansTests
{
    [Fact]
    public void Assign_TwoTightGroups_SplitsThemApartAtEveryK()
    {
        // Six unit vectors near the x axis and six near the y axis.
        const int rows = 12, dimensions = 3;
        var vectors = new float[rows * dimensions];
        for (int r = 0; r < rows; r++)
        {
            float wobble = 0.05f * (r % 6);
            float[] v = r < 6 ? [1f, wobble, 0.02f] : [wobble, 1f, 0.02f];
            float norm = MathF.Sqrt((v[0] * v[0]) + (v[1] * v[1]) + (v[2] * v[2]));
            for (int d = 0; d < dimensions; d++)
            {
                vectors[(r * dimensions) + d] = v[d] / norm;
            }
        }

        int[][] assigned = FlatKMeans.Assign(vectors, rows, dimensions, [2, 4], seed: 5);

        Assert.Equal(2, assigned.Length);
        Assert.All(assigned[0].Take(6), c => Assert.Equal(assigned[0][0], c));
        Assert.All(assigned[0].Skip(6), c => Assert.Equal(assigned[0][6], c));
        Assert.NotEqual(assigned[0][0], assigned[0][6]);
        Assert.All(assigned[1], c => Assert.InRange(c, 0, 3));
        Assert.Empty(assigned[1].Take(6).Intersect(assigned[1].Skip(6)));
    }

    [Fact]
    public void Assign_SameSeed_SameClusters_AndKAboveRowsIsCapped()
    {
        var random = new Random(1);
        float[] vectors = [.. Enumerable.Range(0, 50 * 4).Select(_ => (float)random.NextDouble())];

        int[][] first = FlatKMeans.Assign(vectors, 50, 4, [3, 100], seed: 9);
        int[][] second = FlatKMeans.Assign(vectors, 50, 4, [3, 100], seed: 9);

        Assert.Equal(first, second);
        Assert.All(first[1], c => Assert.InRange(c, 0, 49));
    }
}
