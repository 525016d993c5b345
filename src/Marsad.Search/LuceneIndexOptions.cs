namespace Marsad.Search;

public sealed record LuceneIndexOptions
{
    public static LuceneIndexOptions Default { get; } = new();

    /// <summary>Memory for buffered documents before a segment is flushed: bigger means fewer, larger segments and less merging.</summary>
    public double RamBufferMegabytes { get; init; } = 96;

    /// <summary>
    /// Where snippets take article bodies from, by id. When set, the index does not keep its own
    /// copy of the bodies (a collection's database has them): indexing is faster and the index
    /// half the size. When null, the index stores each body with its document.
    /// </summary>
    public Func<string, CancellationToken, ValueTask<string?>>? TextSource { get; init; }

    /// <summary>Threads that analyse articles of one batch side by side; the processor count by default.</summary>
    public int IndexingThreads { get; init; } = Environment.ProcessorCount;
}
