namespace Marsad.Store;

/// <param name="Count">Stored articles.</param>
/// <param name="Outlets">Articles per outlet, most first; undated and outlet-less articles are counted under a null outlet.</param>
/// <param name="Earliest">The earliest publication date, when any article has one.</param>
/// <param name="Latest">The latest publication date.</param>
/// <param name="SizeBytes">Bytes the store takes on disk (database and its write-ahead log).</param>
/// <param name="LastSeq">The latest change sequence number.</param>
public sealed record StoreStats(
    int Count,
    IReadOnlyList<OutletCount> Outlets,
    DateOnly? Earliest,
    DateOnly? Latest,
    long SizeBytes,
    long LastSeq);
