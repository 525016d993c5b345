using Marsad.Core.Documents;
using Marsad.Search;
using Marsad.Store.Sqlite;

namespace Marsad.Store;

/// <summary>
/// A collection of articles: the database (source of truth) and the search index beside it,
/// kept in step. Every change goes to the store first, in one transaction per batch, then to the
/// index; the index records in each commit the last change it holds, and opening a collection
/// replays whatever the store has beyond that. So a crash between the two commits, or a lost or
/// damaged index, heals on the next open. Writes are serialised; searches may run alongside.
/// </summary>
public sealed partial class Collection : IDisposable
{
    private readonly IDocumentStore _store;
    private readonly ISearchIndex _index;
    private readonly CollectionOptions _options;
    private readonly Lock _writeGate = new();
    private int _uncommitted;
    private bool _disposed;

    /// <summary>The highest change sequence number the index holds (committed or not).</summary>
    private long _indexedSeq;

    private Collection(StorePaths paths, IDocumentStore store, ISearchIndex index, CollectionOptions options)
    {
        Paths = paths;
        _store = store;
        _index = index;
        _options = options;
    }

    public StorePaths Paths { get; }

    /// <summary>Changes the index was missing at open and had replayed from the store (0 when it was in step).</summary>
    public int ReplayedOnOpen { get; private set; }

    /// <summary>
    /// Opens, or creates, the collection with its database at <paramref name="databasePath"/>
    /// (the per-user default of <see cref="StorePaths.Default"/> when null) and brings the index
    /// up to date with it.
    /// </summary>
    /// <exception cref="StoreException">The database cannot be used (the message says which file and why).</exception>
    /// <exception cref="IOException">The index is held by another process, or cannot be written.</exception>
    public static Collection Open(string? databasePath = null, CollectionOptions? options = null)
    {
        options ??= CollectionOptions.Default;
        var paths = databasePath is null ? StorePaths.Default() : StorePaths.ForDatabase(databasePath);
        var store = SqliteDocumentStore.Open(paths.DatabasePath, options.Clock);
        return Open(paths, store, store => LuceneIndex.Open(paths.IndexPath, new LuceneIndexOptions
        {
            RamBufferMegabytes = options.IndexRamBufferMegabytes,
            IndexingThreads = options.IndexingThreads,
            // Bodies live in the database; the index keeps none, and snippets read them from there.
            TextSource = id => store.Get(id)?.Text,
        }), options);
    }

    /// <summary>Opens a collection over a given store and index (which it then owns); tests pass their own.</summary>
    internal static Collection Open(StorePaths paths, IDocumentStore store, Func<IDocumentStore, ISearchIndex> openIndex, CollectionOptions options)
    {
        ISearchIndex? index = null;
        try
        {
            index = openIndex(store);
            var collection = new Collection(paths, store, index, options);
            collection.ReplayedOnOpen = collection.CatchUp(CancellationToken.None);
            return collection;
        }
        catch
        {
            index?.Dispose();
            store.Dispose();
            throw;
        }
    }

    /// <summary>Searches the index, after any batch still being indexed, so an ingest is visible to the next search.</summary>
    public SearchResults Search(SearchRequest request)
    {
        WaitForIndexing();
        return _index.Search(request);
    }

    public Article? Get(string id) => _store.Get(id);

    public ListPage List(ListQuery query) => _store.List(query);

    /// <inheritdoc cref="IDocumentStore.SaveAnalyses"/>
    public int SaveAnalyses(IReadOnlyList<StoredAnalysis> analyses, CancellationToken cancellationToken = default) =>
        _store.SaveAnalyses(analyses, cancellationToken);

    /// <inheritdoc cref="IDocumentStore.GetAnalysis"/>
    public StoredAnalysis? GetAnalysis(string id) => _store.GetAnalysis(id);

    /// <inheritdoc cref="IDocumentStore.ForEachAnalysis"/>
    public void ForEachAnalysis(Action<StoredAnalysis> visit, CancellationToken cancellationToken = default) =>
        _store.ForEachAnalysis(visit, cancellationToken);

    /// <inheritdoc cref="IDocumentStore.ForEachDigest"/>
    public void ForEachDigest(Action<StoredDigest> visit, CancellationToken cancellationToken = default) =>
        _store.ForEachDigest(visit, cancellationToken);

    public CollectionStats GetStats()
    {
        WaitForIndexing();
        return new(_store.GetStats(), _index.Count, FolderSize(Paths.IndexPath));
    }

    /// <summary>Commits the index and closes both; what was ingested is all durable by then.</summary>
    public void Dispose()
    {
        lock (_writeGate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            try
            {
                // A failed batch is not in the index and the checkpoint stays before it: the next
                // open indexes it again, so there is nothing to report here.
                SettleIndexing();
                CommitIndex();
            }
            finally
            {
                _index.Dispose();
                _store.Dispose();
            }
        }
    }

    private static long FolderSize(string path) =>
        Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length) : 0;
}
