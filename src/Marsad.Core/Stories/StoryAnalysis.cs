
namespace Marsad.Core.Stories;

/// <summary>
/// The story a collection of articles tells: its documents with their actors resolved across
/// the collection, the actors, which articles are copies of which, the stories (events) they
/// group into, the timeline, the facts the sources disagree on, and who stands where on the
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
    IReadOnlyList<Position> Positions);
