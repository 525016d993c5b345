using Marsad.Core.Stories;


namespace Marsad.Stories.Grouping;

/// <summary>The stories of a collection, for each document id the id of its story, and the joins that made them, with their evidence.</summary>
public sealed record StoryGrouping(IReadOnlyList<StoryCluster> Stories, IReadOnlyDictionary<string, string> StoryOf)
{
    public IReadOnlyList<StoryLink> Links { get; init; } = [];
}
