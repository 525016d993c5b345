using Lucene.Net.Search;

namespace Marsad.Search.Querying;

/// <summary>A user query as Lucene runs it, with the terms its snippets highlight.</summary>
internal sealed record BuiltQuery(Query Query, MatchTerms Terms);
