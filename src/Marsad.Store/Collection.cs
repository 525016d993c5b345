using Marsad.Core.Documents;
using Marsad.Search;

namespace Marsad.Store;

/// <summary>
/// A collection of articles: the database (source of truth) and the search index beside it,
/// kept in step. Every change goes to the store first, in one transaction per batch, then to the
/// index; the index records in each commit the last change it holds, and opening a collection
/// replays whatever the store has beyond that. So a crash between the two commits, or a lost or
/// damaged index, heals on the next open. Writes are serialised; searches may run alongside.
/// Opened through <see cref="StoreFactory"/>, which picks the backend from the <c>--db</c> value.
/// </summary>
public sealed partial class Collection : IDisposable, IAsyncDisposable
{
    private readonly IDocumentStore _store;
    private readonly ISearchIndex _index;
    private readonly CollectionOptions _options;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
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

    /// <summary>Opens a collection over a given store and index (which it then owns); tests pass their own.</summary>
    internal static async Task<Collection> OpenAsync(StorePaths paths, IDocumentStore store, Func<IDocumentStore, ISearchIndex> openIndex, CollectionOptions options, CancellationToken cancellationToken = default)
    {
        ISearchIndex? index = null;
        try
        {
            index = openIndex(store);
            var collection = new Collection(paths, store, index, options);
            collection.ReplayedOnOpen = await collection.CatchUpAsync(cancellationToken);
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
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        await WaitForIndexingAsync();
        return await _index.SearchAsync(request, cancellationToken);
    }

    public Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default) => _store.GetAsync(id, cancellationToken);

    public Task<ListPage> ListAsync(ListQuery query, CancellationToken cancellationToken = default) => _store.ListAsync(query, cancellationToken);

    /// <inheritdoc cref="IDocumentStore.SaveAnalysesAsync"/>
    public Task<int> SaveAnalysesAsync(IReadOnlyList<StoredAnalysis> analyses, CancellationToken cancellationToken = default) =>
        _store.SaveAnalysesAsync(analyses, cancellationToken);

    /// <inheritdoc cref="IDocumentStore.GetAnalysisAsync"/>
    public Task<StoredAnalysis?> GetAnalysisAsync(string id, CancellationToken cancellationToken = default) => _store.GetAnalysisAsync(id, cancellationToken);

    /// <inheritdoc cref="IDocumentStore.ReadDigestsAsync(bool, CancellationToken)"/>
    public IAsyncEnumerable<StoredDigest> ReadDigestsAsync(bool withText = true, CancellationToken cancellationToken = default) =>
        _store.ReadDigestsAsync(withText, cancellationToken);

    /// <inheritdoc cref="IDocumentStore.ReadDigestsAsync(IReadOnlyCollection{string}, bool, CancellationToken)"/>
    public IAsyncEnumerable<StoredDigest> ReadDigestsAsync(IReadOnlyCollection<string> ids, bool withText = true, CancellationToken cancellationToken = default) =>
        _store.ReadDigestsAsync(ids, withText, cancellationToken);

    /// <inheritdoc cref="IDocumentStore.GetAnalysisStateAsync"/>
    public Task<string> GetAnalysisStateAsync(CancellationToken cancellationToken = default) => _store.GetAnalysisStateAsync(cancellationToken);

    /// <inheritdoc cref="IDocumentStore.GetSnapshotAsync"/>
    public Task<StoredSnapshot?> GetSnapshotAsync(string key, IReadOnlyCollection<string> parts, CancellationToken cancellationToken = default) =>
        _store.GetSnapshotAsync(key, parts, cancellationToken);

    /// <inheritdoc cref="IDocumentStore.SaveSnapshotAsync"/>
    public Task<bool> SaveSnapshotAsync(StoredSnapshot snapshot, CancellationToken cancellationToken = default) => _store.SaveSnapshotAsync(snapshot, cancellationToken);

    public async Task<CollectionStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        await WaitForIndexingAsync();
        return new(await _store.GetStatsAsync(cancellationToken), _index.Count, FolderSize(Paths.IndexPath));
    }

    /// <summary>Commits the index and closes both; what was ingested is all durable by then.</summary>
    public async ValueTask DisposeAsync()
    {
        await _writeGate.WaitAsync();
        try
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
                await SettleIndexingAsync();
                await CommitIndexAsync(CancellationToken.None);
            }
            finally
            {
                _index.Dispose();
                _store.Dispose();
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// As <see cref="DisposeAsync"/>, for a <see langword="using"/> that cannot await. The embedded
    /// store and index complete synchronously, so this blocks on no I/O beyond their own.
    /// </summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static long FolderSize(string path) =>
        Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length) : 0;
}
