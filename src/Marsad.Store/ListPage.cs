namespace Marsad.Store;

/// <param name="Total">How many articles match the query, whatever the page.</param>
public sealed record ListPage(int Total, IReadOnlyList<DocumentSummary> Items);
