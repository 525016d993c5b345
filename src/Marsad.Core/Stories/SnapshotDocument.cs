namespace Marsad.Core.Stories;

/// <summary>One document of a <see cref="StorySnapshot"/>, in input order: its id and the collection id of each of its local actors.</summary>
public sealed record SnapshotDocument(string Id, IReadOnlyList<string> Entities);
