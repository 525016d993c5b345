namespace Marsad.Search;

public sealed record LuceneIndexOptions
{
    public static LuceneIndexOptions Default { get; } = new();

    /// <summary>Memory for buffered documents before a segment is flushed: bigger means fewer, larger segments and less merging.</summary>
    public double RamBufferMegabytes { get; init; } = 96;
}
