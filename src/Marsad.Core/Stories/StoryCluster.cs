namespace Marsad.Core.Stories;

/// <summary>
/// Documents about the same event (the contract's <c>story</c>): a title for people to read, the
/// member documents in publication order, and the span of their publication dates.
/// </summary>
public sealed record StoryCluster(string Id, string Title, IReadOnlyList<string> Documents, string? From, string? To);
