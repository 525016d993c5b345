using Marsad.Stories.Model;

namespace Marsad.Stories.Claims;

/// <summary>
/// One source's date for a planned event, before comparison: the contract's claim (value: the ISO
/// date the sentence gives; asOf: the publication date), the date itself, the source (its outlet,
/// else the document), the publication day, and the input order for a stable listing.
/// </summary>
internal sealed record DateClaim(Claim Claim, string Date, string Source, DateOnly Published, (int Document, int Start) Order);
