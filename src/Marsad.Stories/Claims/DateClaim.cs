using Marsad.Core.Stories;


namespace Marsad.Stories.Claims;

/// <summary>
/// One source's date for a planned event, before comparison: the contract's claim (value: the ISO
/// date the sentence gives; asOf: the publication date), the date itself, the source (its outlet,
/// else the document), the publication day, the input order for a stable listing, and the planned
/// event it was read from: only claims of events that meet directly are set against each other.
/// </summary>
internal sealed record DateClaim(Claim Claim, string Date, string Source, DateOnly Published, (int Document, int Start) Order, PlannedEvent Event)
{
    /// <summary>Whether the two are about one event: the same entry, or two that match outright, not through a third.</summary>
    public bool SameEvent(DateClaim other) => ReferenceEquals(Event, other.Event) || Event.Meets(other.Event);
}
