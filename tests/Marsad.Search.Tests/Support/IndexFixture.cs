using Marsad.Core.Documents;
using Marsad.Search.Lucene;

namespace Marsad.Search.Tests.Support;

/// <summary>An index in a temp folder, with shortcuts for the common test steps.</summary>
internal sealed class IndexFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public IndexFixture() => Index = LuceneSearchIndex.Open(IndexPath);

    public string IndexPath => _folder.File("index");

    public LuceneSearchIndex Index { get; private set; }

    /// <remarks>The shortcuts wait on the index's calls: the embedded index completes them synchronously, and chaining stays short.</remarks>
    public IndexFixture With(params Article[] articles)
    {
        Index.UpsertAsync(articles).AsTask().GetAwaiter().GetResult();
        return this;
    }

    public SearchResults Search(string query) => Index.SearchAsync(new SearchRequest(query) { Take = 100 }).AsTask().GetAwaiter().GetResult();

    public IReadOnlyList<string> Ids(string query) => Search(query).Hits.Select(h => h.Id).ToList();

    public IReadOnlyList<string> Ids(SearchRequest request) => Index.SearchAsync(request).AsTask().GetAwaiter().GetResult().Hits.Select(h => h.Id).ToList();

    public void Reopen()
    {
        Index.Dispose();
        Index = LuceneSearchIndex.Open(IndexPath);
    }

    public void Close() => Index.Dispose();

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
