
namespace Marsad.Training.Entities.Clusters;

/// <summary>Sizes for <see cref="ClusterTrainer"/>; the defaults are what the shipped clusters use.</summary>
public sealed record ClusterTrainingOptions
{
    public static ClusterTrainingOptions Default { get; } = new();

    /// <summary>How many of the most frequent words (surface forms and bases together) get a path.</summary>
    public int Words { get; init; } = 100_000;

    /// <summary>How many of the most frequent bases serve as context words (each on the left and on the right).</summary>
    public int Contexts { get; init; } = 12_000;

    /// <summary>Words seen fewer times than this get no path: their contexts are too few to place them.</summary>
    public int MinCount { get; init; } = 8;

    /// <summary>Dimensions of the SVD embedding the tree is cut from.</summary>
    public int Dimensions { get; init; } = 100;

    /// <summary>Depth of the binary tree, so the length of the longest path.</summary>
    public int Depth { get; init; } = 16;

    /// <summary>The k of each flat k-means clustering of the embedding (coarse to fine); empty for none.</summary>
    public IReadOnlyList<int> FlatClusters { get; init; } = [64, 256, 1024];

    public int Seed { get; init; } = 7;
}
