using Marsad.Core.Digests;
using Marsad.Core.Stories;

namespace Marsad.Stories.Timeline;

/// <summary>
/// One document's dated events as the timeline gathers them: the events its digest read
/// (<see cref="EventDigest"/>), each with the collection's actors and places of its sentence;
/// the events of one sentence share them.
/// </summary>
internal static class DocumentEvents
{
    public static List<SentenceEvent> Read(StoryDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var events = new List<SentenceEvent>(doc.Digest.Events.Count);
        EntityKeys? entities = null;
        int start = -1, end = -1;
        foreach (EventDigest e in doc.Digest.Events)
        {
            if (entities is null || e.Start != start || e.End != end)
            {
                (start, end) = (e.Start, e.End);
                entities = EntityKeys.InSpan(doc, start, end);
            }

            events.Add(new SentenceEvent(doc, e.Start, e.End, e.Kind, e.Date, e.DateFromPublication, e.Planned, entities));
        }

        return events;
    }
}
