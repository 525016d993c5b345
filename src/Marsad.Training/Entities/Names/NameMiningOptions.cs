namespace Marsad.Training.Entities.Names;

/// <param name="MinCount">The fewest occurrences a name needs.</param>
/// <param name="MinOutlets">The fewest outlets that must write it: one outlet's house phrase is no name.</param>
/// <param name="ExtensionShare">A run followed by one same next word at least this share of the time is only the start of a longer name.</param>
public sealed record NameMiningOptions(int MinCount, int MinOutlets, double ExtensionShare)
{
    public static NameMiningOptions Default { get; } = new(5, 2, 0.6);
}
