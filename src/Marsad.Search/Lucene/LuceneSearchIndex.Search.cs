using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Marsad.Core.Documents;
using Marsad.Search.Indexing;
using Marsad.Search.Querying;
using Marsad.Search.Snippets;

namespace Marsad.Search.Lucene;

internal sealed partial class LuceneSearchIndex
{
    public async ValueTask<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Skip);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Take);
        cancellationToken.ThrowIfCancellationRequested();
        var built = LuceneQueryBuilder.Build(UserQueryParser.Parse(request.Query));
        var filter = FilterBuilder.Build(request);
        RefreshIfStale();
        var searcher = _searchers.Acquire();
        try
        {
            // Lucene sizes its queue by the hits asked for, so never more than the index holds
            // ("take everything" must not allocate int.MaxValue slots), and at least one even
            // when only the total is wanted.
            var wanted = (int)Math.Clamp((long)request.Skip + request.Take, 1L, Math.Max(1, searcher.IndexReader.MaxDoc));
            var top = request.Sort == SearchSort.Relevance
                ? searcher.Search(built.Query, filter, wanted)
                : searcher.Search(built.Query, filter, wanted, DateSort(request.Sort), doDocScores: true, doMaxScore: false);
            var hits = new List<SearchHit>();
            for (var i = request.Skip; i < top.ScoreDocs.Length && hits.Count < request.Take; i++)
            {
                var scored = top.ScoreDocs[i];
                hits.Add(await ToHitAsync(searcher.Doc(scored.Doc), scored.Score, built.Terms, request.SnippetLength, cancellationToken));
            }
            return new SearchResults(top.TotalHits, hits);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private void RefreshIfStale()
    {
        if (_stale)
        {
            // Cleared before the refresh: a write racing with it marks the index stale again.
            _stale = false;
            _searchers.MaybeRefreshBlocking();
        }
    }

    private static Sort DateSort(SearchSort sort) => new(
        new SortField(IndexFields.Dated, SortFieldType.INT64, reverse: true),
        new SortField(IndexFields.PublishedAt, SortFieldType.INT64, reverse: sort == SearchSort.Newest),
        SortField.FIELD_SCORE);

    private async ValueTask<SearchHit> ToHitAsync(Document document, float score, MatchTerms terms, int snippetLength, CancellationToken cancellationToken)
    {
        var id = document.Get(IndexFields.Id, CultureInfo.InvariantCulture);
        var text = _options.TextSource is { } source
            ? await source(id, cancellationToken)
            : document.Get(IndexFields.Text, CultureInfo.InvariantCulture);
        var snippet = SnippetBuilder.Build(text ?? "", terms, snippetLength);
        PublicationTime? published = PublicationTime.TryParse(document.Get(IndexFields.Published, CultureInfo.InvariantCulture), out var p) ? p : null;
        return new SearchHit(
            id,
            document.Get(IndexFields.Title, CultureInfo.InvariantCulture),
            document.Get(IndexFields.Outlet, CultureInfo.InvariantCulture),
            published,
            float.IsNaN(score) ? 0f : score,
            snippet.Text,
            snippet.Highlights);
    }
}
