using Marsad.Core.Documents;
using Marsad.Search;

namespace Marsad.Store.Tests.Support;

/// <summary>An index that fails to take any batch holding an article with the poisoned id, as a bug in analysis would.</summary>
internal sealed class PoisonedIndex(ISearchIndex inner, string poisonedId) : ISearchIndex
{
    public IndexCheckpoint Checkpoint => inner.Checkpoint;

    public int Count => inner.Count;

    public ValueTask UpsertAsync(IEnumerable<Article> articles, CancellationToken cancellationToken = default)
    {
        var batch = articles.ToList();
        if (batch.Exists(a => a.Id == poisonedId))
        {
            throw new InvalidOperationException("poisoned article");
        }
        return inner.UpsertAsync(batch, cancellationToken);
    }

    public ValueTask DeleteAsync(string id, CancellationToken cancellationToken = default) => inner.DeleteAsync(id, cancellationToken);

    public ValueTask DeleteAllAsync(CancellationToken cancellationToken = default) => inner.DeleteAllAsync(cancellationToken);

    public ValueTask CommitAsync(IndexCheckpoint checkpoint, CancellationToken cancellationToken = default) => inner.CommitAsync(checkpoint, cancellationToken);

    public ValueTask<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) => inner.SearchAsync(request, cancellationToken);

    public void Dispose() => inner.Dispose();
}
