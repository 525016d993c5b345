using Marsad.Core.Stories;


namespace Marsad.Stories.Timeline;

/// <summary>A timeline entry with what orders it after its date: the input position and offset of its first report.</summary>
internal sealed record PlacedEntry(TimelineEntry Entry, int FirstDocument, int FirstStart);
