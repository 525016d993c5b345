namespace Marsad.Core.Digests;

/// <summary>
/// A body as duplicate detection compares it: its MinHash signature over 5-word shingles, or, for a
/// body too short for one, the exact key of its words (<see cref="MinHashSignature.ExactKey"/>).
/// Read from the body alone, so a collection keeps it for every article it has seen.
/// </summary>
public sealed record BodySignature(uint[] MinHash, ulong? ExactKey);
