using Marsad.Extraction.Entities.Recognition;

namespace Marsad.Extraction.Tests.Entities.Recognition;

public sealed class ViterbiTests
{
    private static readonly TagSet Tags = new(["B-LOC", "B-PERS", "I-LOC", "I-PERS", "O"]);

    [Fact]
    public void Decode_finds_the_best_well_formed_path_that_brute_force_finds()
    {
        var random = new Random(7);
        int c = Tags.Count;
        for (int trial = 0; trial < 200; trial++)
        {
            int n = 1 + random.Next(5);
            float[] emissions = [.. Enumerable.Range(0, n * c).Select(_ => (float)((random.NextDouble() * 4) - 2))];
            float[] transitions = [.. Enumerable.Range(0, (c + 1) * c).Select(_ => (float)((random.NextDouble() * 4) - 2))];
            var path = new int[n];

            Viterbi.Decode(emissions, n, Tags, transitions, path);

            Assert.True(IsWellFormed(path), $"trial {trial}: {string.Join(' ', path)}");
            Assert.Equal(BruteForceBest(emissions, transitions, n), Score(path, emissions, transitions), precision: 4);
        }
    }

    [Fact]
    public void Decode_never_starts_with_or_jumps_into_an_inside_tag()
    {
        int c = Tags.Count;
        // Emissions that all but demand I-PERS everywhere: the path must still open with B-PERS.
        float[] emissions = new float[3 * c];
        for (int i = 0; i < 3; i++)
        {
            emissions[(i * c) + 3] = 10;
        }

        var path = new int[3];
        Viterbi.Decode(emissions, 3, Tags, new float[(c + 1) * c], path);

        Assert.Equal([1, 3, 3], path);
    }

    private static bool IsWellFormed(int[] path)
    {
        int c = Tags.Count;
        for (int i = 0; i < path.Length; i++)
        {
            int previous = i == 0 ? c : path[i - 1];
            if (!Tags.Allowed[(previous * c) + path[i]])
            {
                return false;
            }
        }

        return true;
    }

    private static double Score(int[] path, float[] emissions, float[] transitions)
    {
        int c = Tags.Count;
        double score = 0;
        for (int i = 0; i < path.Length; i++)
        {
            int previous = i == 0 ? c : path[i - 1];
            score += emissions[(i * c) + path[i]] + transitions[(previous * c) + path[i]];
        }

        return score;
    }

    private static double BruteForceBest(float[] emissions, float[] transitions, int n)
    {
        int c = Tags.Count;
        double best = double.NegativeInfinity;
        int total = (int)Math.Pow(c, n);
        var path = new int[n];
        for (int code = 0; code < total; code++)
        {
            for (int i = 0, rest = code; i < n; i++, rest /= c)
            {
                path[i] = rest % c;
            }

            if (IsWellFormed(path))
            {
                best = Math.Max(best, Score(path, emissions, transitions));
            }
        }

        return best;
    }
}
