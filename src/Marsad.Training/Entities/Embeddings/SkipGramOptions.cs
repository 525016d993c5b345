namespace Marsad.Training.Entities.Embeddings;

/// <summary>Settings of <see cref="SkipGramTrainer"/>: fastText's skip-gram defaults, but for the word count kept and the epochs.</summary>
public sealed record SkipGramOptions(
    int Dimensions = 100,
    int Window = 5,
    int Negatives = 5,
    int MinCount = 5,
    int Buckets = 200_000,
    int MinN = 3,
    int MaxN = 5,
    int Epochs = 1,
    double LearningRate = 0.05,
    double Sample = 1e-4,
    int Seed = 42,
    int Threads = 2);
