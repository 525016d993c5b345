namespace Marsad.Store;

public sealed record CollectionOptions
{
    public static CollectionOptions Default { get; } = new();

    /// <summary>
    /// Commit the index after this many articles changed since its last commit (and always on
    /// <see cref="Collection.FlushAsync"/> and dispose). Fewer commits make ingest faster; what a
    /// killed process did not commit is replayed from the store on the next open, so the number
    /// costs only catch-up time, never data.
    /// </summary>
    public int IndexCommitInterval { get; init; } = 10_000;

    /// <summary>Memory the index writer buffers documents in before writing a segment.</summary>
    public double IndexRamBufferMegabytes { get; init; } = 96;

    /// <summary>Articles handed to the index at a time while catching up or reindexing.</summary>
    public int ReplayBatchSize { get; init; } = 500;

    /// <summary>
    /// Threads that analyse one batch for the index. Half the cores by default: ingest already
    /// keeps one core on the database while the index works on the previous batch, and the
    /// readers need the rest.
    /// </summary>
    public int IndexingThreads { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
