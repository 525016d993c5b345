namespace Marsad.Core.Digests;

/// <summary>
/// A document's features with their counts, terms in ascending order: hashed content-word stems,
/// and, once resolved, its actors' ids (<paramref name="Actors"/>, also ascending), which count once.
/// </summary>
public sealed record TermCounts(ulong[] Terms, int[] Counts, ulong[] Actors)
{
    public static TermCounts Empty { get; } = new([], [], []);
}
