namespace Marsad.Stories;

/// <summary>
/// At most a given number of a group's members, taken evenly across it: weighing two large partial
/// stories or threads against each other by all their cross pairs would cost the product of their sizes.
/// </summary>
internal static class EvenSample
{
    public static IEnumerable<int> Of(List<int> members, int most)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count <= most)
        {
            return members;
        }
        double step = (double)members.Count / most;
        return Enumerable.Range(0, most).Select(i => members[(int)(i * step)]);
    }

    /// <summary>
    /// The mean of <paramref name="score"/> over the pairs across two groups, each side sampled
    /// evenly when larger than <paramref name="most"/>: how alike two partial groups are taken
    /// across (average linkage, bounded), for stories and for threads alike.
    /// </summary>
    public static double MeanAcross(List<int> left, List<int> right, int most, Func<int, int, double> score)
    {
        ArgumentNullException.ThrowIfNull(score);
        double sum = 0;
        int n = 0;
        foreach (int a in Of(left, most))
        {
            foreach (int b in Of(right, most))
            {
                sum += score(a, b);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
