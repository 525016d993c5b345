using Marsad.Core.Stories;


namespace Marsad.Stories.Grouping;

/// <summary>The stories of a collection, and for each document id the id of its story.</summary>
internal sealed record StoryGrouping(IReadOnlyList<StoryCluster> Stories, IReadOnlyDictionary<string, string> StoryOf);
