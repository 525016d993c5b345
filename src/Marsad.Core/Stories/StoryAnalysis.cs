
namespace Marsad.Core.Stories;

/// <summary>
/// The story a collection of articles tells: its documents with their actors resolved across
/// the collection, the actors, which articles are copies of which, the stories (events) they
/// group into, the threads those stories form, the joins and their evidence, the timeline, the facts the sources disagree on, and who stands where on the
/// central question. Every item points at the sentences it came from.
/// </summary>
public sealed record StoryAnalysis(
    IReadOnlyList<StoryDocument> Documents,
    IReadOnlyList<ResolvedEntity> Entities,
    IReadOnlyDictionary<string, string> DuplicateOf,
    IReadOnlyDictionary<string, string> StoryOf,
    IReadOnlyList<StoryCluster> Stories,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Conflict> Conflicts,
    string? Question,
    IReadOnlyList<Position> Positions)
{
    /// <summary>The developing stories over weeks or years that the stories form (only those of two stories or more).</summary>
    public IReadOnlyList<StoryThread> Threads { get; init; } = [];

    /// <summary>The joins that made the stories, with their evidence.</summary>
    public IReadOnlyList<StoryLink> Links { get; init; } = [];
}
