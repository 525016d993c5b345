using Marsad.Core.Stories;


namespace Marsad.Stories.Timeline;

/// <summary>
/// One event as one sentence reports it: the sentence span, its kind and date, whether the date is
/// only the publication date (<paramref name="DateFromPublication"/>, a weaker reading), whether it
/// is planned, and its actors.
/// </summary>
internal sealed record SentenceEvent(
    StoryDocument Document,
    int Start,
    int End,
    string Kind,
    string Date,
    bool DateFromPublication,
    bool Planned,
    EntityKeys Entities);
