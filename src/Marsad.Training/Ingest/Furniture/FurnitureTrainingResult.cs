
namespace Marsad.Training.Ingest.Furniture;

/// <summary>What a training run read and wrote.</summary>
public sealed record FurnitureTrainingResult(int Articles, int Problems, int Lines, int Prefixes);
