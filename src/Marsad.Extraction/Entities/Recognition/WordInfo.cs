namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Everything the tagger reads from one word type, computed once per distinct token: its keys
/// as the current word (<see cref="Own"/>) and as a neighbour (<see cref="Near"/>, before the
/// position is mixed in), and the hashes that conjunction features combine.
/// </summary>
internal sealed record WordInfo(string Base, ulong[] Own, ulong[] Near, ulong BaseHash, ulong ShapeHash, ulong SuffixHash, ulong ClusterHash, int Cues);
