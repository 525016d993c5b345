using Lucene.Net.Index;
using Lucene.Net.Search;
using Marsad.Search.Indexing;

namespace Marsad.Search.Querying;

/// <summary>The outlet, date and document filters of a request; they select articles without touching scores.</summary>
internal static class FilterBuilder
{
    public static Filter? Build(SearchRequest request)
    {
        var conditions = new BooleanQuery();
        if (OutletKey.Of(request.Outlet) is { } outlet)
        {
            conditions.Add(new TermQuery(new Term(IndexFields.OutletKey, outlet)), Occur.MUST);
        }
        if (request.From is not null || request.To is not null)
        {
            int? from = request.From is { } f ? DocumentBuilder.DayNumber(f) : null;
            int? to = request.To is { } t ? DocumentBuilder.DayNumber(t) : null;
            conditions.Add(NumericRangeQuery.NewInt32Range(IndexFields.Day, from, to, true, true), Occur.MUST);
        }
        if (request.Documents is { } ids)
        {
            // A terms filter, not a boolean of term queries: an actor can be named in thousands of articles.
            Query only = ids.Count == 0
                ? new TermQuery(new Term(IndexFields.Id, "\0no document"))
                : new ConstantScoreQuery(new global::Lucene.Net.Queries.TermsFilter([.. ids.Select(id => new Term(IndexFields.Id, id))]));
            conditions.Add(only, Occur.MUST);
        }
        return conditions.Clauses.Count == 0 ? null : new QueryWrapperFilter(conditions);
    }
}
