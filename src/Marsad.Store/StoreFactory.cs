using Marsad.Search;
using Marsad.Store.Sqlite;

namespace Marsad.Store;

/// <summary>
/// The one place a store and its index are opened, from what the user typed for <c>--db</c> (or
/// a host's configuration): every surface (the CLI, a web host, a queue worker) goes through it,
/// so the rules for which backend a value names live here only. See <see cref="StoreLocation"/>.
/// </summary>
public static class StoreFactory
{
    /// <summary>
    /// Opens, or creates, the collection <paramref name="location"/> names (the per-user default
    /// when null or blank) and brings its index up to date with the store.
    /// </summary>
    /// <exception cref="StoreException">
    /// The database cannot be used (the message says which file and why), or the value names a
    /// backend that is not built (PostgreSQL).
    /// </exception>
    /// <exception cref="IOException">The index is held by another process, or cannot be written.</exception>
    public static Task<Collection> OpenAsync(string? location, CollectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= CollectionOptions.Default;
        var paths = StoreLocation.Parse(location) switch
        {
            StoreLocation.Embedded embedded => embedded.Paths,
            StoreLocation.PostgreSql => throw new StoreException(
                "--db names a PostgreSQL server: the PostgreSQL store is not built yet; give a file or folder for the embedded store.", isTransient: false),
            var other => throw new StoreException($"--db: no store backend for {other.GetType().Name}.", isTransient: false),
        };
        return OpenEmbeddedAsync(paths, options, cancellationToken);
    }

    /// <summary>The embedded default: one SQLite file and a Lucene folder beside it.</summary>
    private static Task<Collection> OpenEmbeddedAsync(StorePaths paths, CollectionOptions options, CancellationToken cancellationToken)
    {
        var store = SqliteDocumentStore.Open(paths.DatabasePath, options.Clock);
        return Collection.OpenAsync(paths, store, store => LuceneIndex.Open(paths.IndexPath, new LuceneIndexOptions
        {
            RamBufferMegabytes = options.IndexRamBufferMegabytes,
            IndexingThreads = options.IndexingThreads,
            // Bodies live in the database; the index keeps none, and snippets read them from there.
            TextSource = async (id, token) => (await store.GetAsync(id, token))?.Text,
        }), options, cancellationToken);
    }
}
