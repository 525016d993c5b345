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
}
