namespace Marsad.Core.Stories;

/// <summary>One source's value for a fact, with when it held (<paramref name="AsOf"/>), its outlet and its sentence.</summary>
public sealed record Claim(Evidence Evidence, object Value, string? AsOf, string? Outlet);
