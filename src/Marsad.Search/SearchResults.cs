namespace Marsad.Search;

/// <param name="Total">How many articles match, whatever the page.</param>
/// <param name="Hits">The requested page, in the requested order.</param>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits);
