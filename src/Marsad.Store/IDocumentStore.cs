using Marsad.Core.Documents;

namespace Marsad.Store;

/// <summary>
/// Where articles live: the source of truth every index is rebuilt from. Kept narrow so that a
/// second backend (PostgreSQL, many ingest workers) can implement it and pass the same test suite.
/// </summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>
    /// Stores a batch in one transaction: either every article of it is stored or none is. An id
    /// already stored with the same content is left alone; one with other content is replaced.
    /// </summary>
    /// <returns>One result per input article, in input order.</returns>
    IReadOnlyList<UpsertResult> Upsert(IReadOnlyList<Article> batch, CancellationToken cancellationToken = default);

    Article? Get(string id);

    /// <summary>Removes the article and records a tombstone in the change feed.</summary>
    /// <returns><see langword="false"/> when nothing was stored under <paramref name="id"/>.</returns>
    bool Delete(string id);

    ListPage List(ListQuery query);

    /// <summary>
    /// Stores analyses of stored articles in one transaction, replacing earlier ones. An analysis
    /// whose article is not stored, or whose content hash is not the stored article's, is skipped.
    /// </summary>
    /// <returns>How many were stored.</returns>
    int SaveAnalyses(IReadOnlyList<StoredAnalysis> analyses, CancellationToken cancellationToken = default);

    /// <summary>The analysis of the article as it is stored now; null when it was never analysed or has changed since.</summary>
    StoredAnalysis? GetAnalysis(string id);

    /// <summary>
    /// Every current analysis (of an article as stored now), in the order the articles were first
    /// stored, handed to <paramref name="visit"/> one at a time so a large collection is never held
    /// in memory as text. Do not write to the store from <paramref name="visit"/>.
    /// </summary>
    void ForEachAnalysis(Action<StoredAnalysis> visit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every current analysis's digest with its article's text, in the order <see cref="ForEachAnalysis"/>
    /// gives, one at a time; the analysis itself only where no digest is stored. Do not write to
    /// the store from <paramref name="visit"/>.
    /// </summary>
    void ForEachDigest(Action<StoredDigest> visit, CancellationToken cancellationToken = default);

    StoreStats GetStats();

    /// <summary>A random identity made with the store: derived data (an index) records it to know what it was built from.</summary>
    string StoreId { get; }

    /// <summary>The sequence number of the latest change; 0 for a store never written to.</summary>
    long LastSeq { get; }

    /// <summary>
    /// The current state of every id changed after <paramref name="seq"/>, in sequence order: the
    /// article, or a tombstone (<see cref="DocumentChange.Article"/> is null) for a deleted one.
    /// Read in pages, so the caller may write elsewhere while enumerating.
    /// </summary>
    IEnumerable<DocumentChange> ChangesSince(long seq, CancellationToken cancellationToken = default);
}
