namespace Marsad.Search;

/// <summary>How far an index has followed its store: the store it was built from and the last change it applied.</summary>
/// <param name="StoreId">The store's identity; empty for an index never committed.</param>
/// <param name="Seq">The change sequence number every change up to which is in the index.</param>
public readonly record struct IndexCheckpoint(string StoreId, long Seq)
{
    public static IndexCheckpoint None { get; } = new("", 0);
}
