namespace Marsad.Store;

/// <summary>
/// Something built from the whole collection and kept in the store (the story): the key it is
/// kept under (what it was built with), the store's state it was built from
/// (<see cref="IDocumentStore.GetAnalysisStateAsync"/>), and its parts, each an opaque blob.
/// </summary>
public sealed record StoredSnapshot(string Key, string State, IReadOnlyDictionary<string, byte[]> Parts);
