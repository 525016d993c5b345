namespace Marsad.Stories.Grouping;

/// <summary>A document's features with their counts, terms in ascending order (hashed stems, and actor ids once resolved).</summary>
internal sealed record TermCounts(ulong[] Terms, int[] Counts)
{
    public static TermCounts Empty { get; } = new([], []);
}
