namespace Marsad.Search.Querying;

/// <summary>Items joined by OR; the group as a whole is required, or excluded when it was written with a leading minus.</summary>
internal sealed record QueryGroup(IReadOnlyList<QueryItem> Alternatives, bool Excluded);
