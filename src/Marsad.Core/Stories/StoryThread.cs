namespace Marsad.Core.Stories;

/// <summary>
/// A developing story over weeks or years (the contract's <c>thread</c>): stories that share their
/// central actors and topic (the withdrawal talks of 2020 to 2024; a war; an election), a title for
/// people to read, the member stories from the earliest, the span of their dates, and the central
/// actors (collection ids, most central first) that tie them.
/// </summary>
public sealed record StoryThread(string Id, string Title, IReadOnlyList<string> Stories, string? From, string? To, IReadOnlyList<string> Actors);
