using Marsad.Extraction.Entities.Recognition;

namespace Marsad.Extraction.Tests.Entities.Recognition;

public sealed class WeightTableTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(10)]
    public void Add_sums_the_row_of_every_known_key_and_nothing_for_unknown_ones(int classes)
    {
        var random = new Random(classes);
        var rows = new Dictionary<ulong, int>();
        var weights = new float[5000 * classes];
        for (int r = 0; r < 5000; r++)
        {
            rows[(ulong)random.NextInt64()] = r;
            for (int c = 0; c < classes; c++)
            {
                weights[(r * classes) + c] = (float)random.NextDouble();
            }
        }

        // Key 0 is stored as 1 internally; both must still work.
        rows[0] = 0;
        var table = new WeightTable(rows, weights, classes);

        foreach ((ulong key, int row) in rows)
        {
            var scores = new float[classes + 2];
            scores[classes] = 42;
            table.Add(key, scores);
            Assert.Equal(weights.AsSpan(row * classes, classes).ToArray(), scores[..classes]);
            Assert.Equal(42, scores[classes]);
        }

        int missesWithWeight = 0;
        for (int k = 0; k < 5000; k++)
        {
            ulong key = (ulong)random.NextInt64();
            if (rows.ContainsKey(key))
            {
                continue;
            }

            var scores = new float[classes];
            table.Add(key, scores);
            missesWithWeight += scores.Any(s => s != 0) ? 1 : 0;
        }

        Assert.Equal(0, missesWithWeight);
    }
}
