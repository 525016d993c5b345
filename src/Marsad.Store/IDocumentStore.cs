using Marsad.Core.Documents;

namespace Marsad.Store;

/// <summary>
/// Where articles live: the source of truth every index is rebuilt from. Kept narrow so that a
/// second backend (PostgreSQL, many ingest workers) can implement it and pass the same test suite;
/// asynchronous for the same reason, with every call cancellable. A backend reports its failures
/// as <see cref="StoreException"/> only.
/// </summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>
    /// Stores a batch in one transaction: either every article of it is stored or none is. An id
    /// already stored with the same content is left alone; one with other content is replaced.
    /// </summary>
    /// <returns>One result per input article, in input order.</returns>
    Task<IReadOnlyList<UpsertResult>> UpsertAsync(IReadOnlyList<Article> batch, CancellationToken cancellationToken = default);

    Task<Article?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes the article and records a tombstone in the change feed.</summary>
    /// <returns><see langword="false"/> when nothing was stored under <paramref name="id"/>.</returns>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    Task<ListPage> ListAsync(ListQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores analyses of stored articles in one transaction, replacing earlier ones. An analysis
    /// whose article is not stored, or whose content hash is not the stored article's, is skipped.
    /// </summary>
    /// <returns>How many were stored.</returns>
    Task<int> SaveAnalysesAsync(IReadOnlyList<StoredAnalysis> analyses, CancellationToken cancellationToken = default);

    /// <summary>The analysis of the article as it is stored now; null when it was never analysed or has changed since.</summary>
    Task<StoredAnalysis?> GetAnalysisAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every current analysis's digest (of an article as stored now) with its article's text, in
    /// the order the articles were first stored, streamed in pages so a large collection is never
    /// held in memory as text and the caller may take its time between items; the analysis itself
    /// only where no digest of the current version is stored, to build one from.
    /// </summary>
    /// <param name="withText">False leaves each <see cref="StoredDigest.Text"/> empty, for readers that need the actors and not the sentences (who is who across articles): the text is most of what is read.</param>
    IAsyncEnumerable<StoredDigest> ReadDigestsAsync(bool withText = true, CancellationToken cancellationToken = default);

    /// <summary>
    /// The digests of the articles <paramref name="ids"/> names that have a current analysis, as
    /// <see cref="ReadDigestsAsync(bool, CancellationToken)"/> gives them and in the same order; an id not stored, or
    /// not analysed, is left out.
    /// </summary>
    IAsyncEnumerable<StoredDigest> ReadDigestsAsync(IReadOnlyCollection<string> ids, bool withText = true, CancellationToken cancellationToken = default);

    /// <summary>
    /// A token for what the current analyses are: it changes whenever they may have changed (an
    /// article stored, replaced or deleted; analyses saved), and only then. What is built from
    /// the whole collection records it, to know later whether it is still current.
    /// </summary>
    Task<string> GetAnalysisStateAsync(CancellationToken cancellationToken = default);

    /// <summary>The snapshot kept under <paramref name="key"/>, with those of <paramref name="parts"/> it has; null when there is none.</summary>
    Task<StoredSnapshot?> GetSnapshotAsync(string key, IReadOnlyCollection<string> parts, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps <paramref name="snapshot"/>, in place of any under its key, in one transaction, if
    /// its state is still the store's current one: a snapshot of a state already gone would only
    /// be built again. Only the few most recently kept snapshots stay.
    /// </summary>
    /// <returns>Whether it was kept.</returns>
    Task<bool> SaveSnapshotAsync(StoredSnapshot snapshot, CancellationToken cancellationToken = default);

    Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>A random identity made with the store: derived data (an index) records it to know what it was built from.</summary>
    string StoreId { get; }

    /// <summary>The sequence number of the latest change; 0 for a store never written to.</summary>
    Task<long> GetLastSeqAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The current state of every id changed after <paramref name="seq"/>, in sequence order: the
    /// article, or a tombstone (<see cref="DocumentChange.Article"/> is null) for a deleted one.
    /// Read in pages, so the caller may write elsewhere while enumerating.
    /// </summary>
    IAsyncEnumerable<DocumentChange> ChangesSinceAsync(long seq, CancellationToken cancellationToken = default);
}
