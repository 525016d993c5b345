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

    public IndexFixture With(params Article[] articles)
    {
        Index.Upsert(articles);
        return this;
    }

    public SearchResults Search(string query) => Index.Search(new SearchRequest(query) { Take = 100 });

    public IReadOnlyList<string> Ids(string query) => Search(query).Hits.Select(h => h.Id).ToList();

    public IReadOnlyList<string> Ids(SearchRequest request) => Index.Search(request).Hits.Select(h => h.Id).ToList();

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
