namespace Marsad.Ingest;

/// <summary>
/// Counts kept while a read runs, for the closing summary line. Files of other types found
/// inside a folder are skipped quietly (a news folder often holds images and notes) and only
/// counted here; a file named explicitly is never skipped quietly.
/// </summary>
public sealed class ReadTally
{
    private int filesRead;
    private int filesSkipped;

    /// <summary>Input files opened (a JSON Lines file counts once).</summary>
    public int FilesRead => Volatile.Read(ref filesRead);

    /// <summary>Files inside folders skipped because their extension is not an article type.</summary>
    public int FilesSkipped => Volatile.Read(ref filesSkipped);

    internal void CountRead() => Interlocked.Increment(ref filesRead);

    internal void CountSkipped() => Interlocked.Increment(ref filesSkipped);
}
