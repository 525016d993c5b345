
namespace Marsad.Training.Entities.Evaluation;

/// <summary>An entity span in token indices within one sentence, both ends inclusive.</summary>
internal readonly record struct Chunk(int Start, int End, string Type);
