namespace Marsad.Core.Stories;

/// <summary>
/// A fact the sources give different values for. <c>conflict</c>: independent sources disagree
/// about the same time; <c>change</c>: the value moved over time (each claim's <c>asOf</c> says when).
/// </summary>
public sealed record Conflict(string Topic, string Kind, IReadOnlyList<Claim> Claims);
