using Marsad.Core.Documents;
using Marsad.Search;

namespace Marsad.Store.Tests.Support;

/// <summary>An index that fails to take any batch holding an article with the poisoned id, as a bug in analysis would.</summary>
internal sealed class PoisonedIndex(ISearchIndex inner, string poisonedId) : ISearchIndex
{
    public IndexCheckpoint Checkpoint => inner.Checkpoint;

    public int Count => inner.Count;

    public void Upsert(IEnumerable<Article> articles, CancellationToken cancellationToken = default)
    {
        var batch = articles.ToList();
        if (batch.Exists(a => a.Id == poisonedId))
        {
            throw new InvalidOperationException("poisoned article");
        }
        inner.Upsert(batch, cancellationToken);
    }

    public void Delete(string id) => inner.Delete(id);

    public void DeleteAll() => inner.DeleteAll();

    public void Commit(IndexCheckpoint checkpoint) => inner.Commit(checkpoint);

    public SearchResults Search(SearchRequest request) => inner.Search(request);

    public void Dispose() => inner.Dispose();
}
