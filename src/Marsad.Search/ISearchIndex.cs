using Marsad.Core.Documents;

namespace Marsad.Search;

/// <summary>
/// A full-text index over stored articles. It is derived data: it records the change sequence
/// number it has applied up to, so its owner can replay whatever the store holds beyond that
/// (after a crash between the two commits, say) or rebuild it from nothing. Asynchronous so that
/// an index served over the network can implement it; the embedded one completes synchronously.
/// </summary>
public interface ISearchIndex : IDisposable
{
    /// <summary>What the last <see cref="CommitAsync"/> that reached disk covered; <see cref="IndexCheckpoint.None"/> for a new or reset index.</summary>
    IndexCheckpoint Checkpoint { get; }

    /// <summary>Articles in the index, counting changes not yet committed.</summary>
    int Count { get; }

    /// <summary>Adds the articles, replacing any already indexed under the same id.</summary>
    ValueTask UpsertAsync(IEnumerable<Article> articles, CancellationToken cancellationToken = default);

    ValueTask DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Empties the index (takes effect, like every change, at the next <see cref="CommitAsync"/>).</summary>
    ValueTask DeleteAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Makes every change so far durable, recording that they cover the store up to <paramref name="checkpoint"/>.</summary>
    ValueTask CommitAsync(IndexCheckpoint checkpoint, CancellationToken cancellationToken = default);

    /// <summary>Runs a query; sees every change made so far, committed or not.</summary>
    ValueTask<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);
}
