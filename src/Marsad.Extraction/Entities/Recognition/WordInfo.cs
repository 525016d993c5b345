namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Everything the tagger reads from one word type, computed once per distinct token: its keys
/// as the current word (<see cref="Own"/>) and as a neighbour (<see cref="Near"/>, before the
/// position is mixed in), and the hashes that conjunction features combine (<see cref="FlatHash"/>: a flat k-means cluster).
/// </summary>
internal sealed record WordInfo(string Base, ulong[] Own, ulong[] Near, ulong BaseHash, ulong ShapeHash, ulong SuffixHash, ulong ClusterHash, ulong FlatHash, int Cues);
