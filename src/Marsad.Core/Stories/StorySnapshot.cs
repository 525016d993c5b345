using Marsad.Core.Digests;

namespace Marsad.Core.Stories;

/// <summary>
/// What a <see cref="StoryAnalysis"/> adds to its articles' digests: the collection's actors, each
/// document's actor ids, the copies, the stories, the timeline, the conflicts and the positions.
/// A store keeps it beside the digests, so a command that needs the story of a large collection
/// reads it instead of building it again: the joins across articles, not the reading, are what a
/// build costs. <see cref="With"/> puts it back together with the digests.
/// </summary>
public sealed record StorySnapshot(
    IReadOnlyList<SnapshotDocument> Documents,
    IReadOnlyList<ResolvedEntity> Entities,
    IReadOnlyDictionary<string, string> DuplicateOf,
    IReadOnlyDictionary<string, string> StoryOf,
    IReadOnlyList<StoryCluster> Stories,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Conflict> Conflicts,
    string? Question,
    IReadOnlyList<Position> Positions)
{
    /// <summary>The story's threads (<see cref="StoryAnalysis.Threads"/>).</summary>
    public IReadOnlyList<StoryThread> Threads { get; init; } = [];

    /// <summary>The joins that made the stories (<see cref="StoryAnalysis.Links"/>).</summary>
    public IReadOnlyList<StoryLink> Links { get; init; } = [];

    /// <summary>The story less its digests.</summary>
    public static StorySnapshot Of(StoryAnalysis story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new StorySnapshot(
            [.. story.Documents.Select(d => new SnapshotDocument(d.Id, d.Entities))],
            story.Entities, story.DuplicateOf, story.StoryOf, story.Stories, story.Timeline, story.Conflicts, story.Question, story.Positions)
        {
            Threads = story.Threads,
            Links = story.Links,
        };
    }

    /// <summary>The story again, each document with its digest from <paramref name="digests"/> (by article id).</summary>
    /// <exception cref="InvalidDataException">A document of the snapshot has no digest there: the snapshot is not of these articles.</exception>
    public StoryAnalysis With(IReadOnlyDictionary<string, DocumentDigest> digests)
    {
        ArgumentNullException.ThrowIfNull(digests);
        var documents = new StoryDocument[Documents.Count];
        for (int i = 0; i < documents.Length; i++)
        {
            SnapshotDocument document = Documents[i];
            documents[i] = digests.TryGetValue(document.Id, out DocumentDigest? digest)
                ? new StoryDocument(i, digest, document.Entities)
                : throw new InvalidDataException($"the stored story names the article {document.Id}, which has no digest here");
        }
        return new StoryAnalysis(documents, Entities, DuplicateOf, StoryOf, Stories, Timeline, Conflicts, Question, Positions)
        {
            Threads = Threads,
            Links = Links,
        };
    }
}
