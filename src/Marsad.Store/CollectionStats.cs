namespace Marsad.Store;

/// <param name="Store">What the database holds.</param>
/// <param name="IndexedCount">Articles in the search index; equal to the store's count once caught up.</param>
/// <param name="IndexSizeBytes">Bytes the index folder takes on disk.</param>
public sealed record CollectionStats(StoreStats Store, int IndexedCount, long IndexSizeBytes);
