namespace Marsad.Core.Stories;

/// <summary>
/// One event of the story: its normalised date (YYYY, YYYY-MM or YYYY-MM-DD; null when unknown),
/// a one-line summary, its kind (announcement, attack, withdrawal …), the actors (entity ids), and
/// every sentence that reports it, one per source. <see cref="Status"/> is <c>happened</c> or
/// <c>planned</c> (a plan, deadline or expectation).
/// </summary>
public sealed record TimelineEntry(
    string? Date,
    string Summary,
    string? Kind,
    IReadOnlyList<string> Entities,
    IReadOnlyList<Evidence> Evidence,
    string Status);
