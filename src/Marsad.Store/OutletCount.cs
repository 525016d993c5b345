namespace Marsad.Store;

/// <param name="Outlet">The outlet name as stored; null for articles without one.</param>
public sealed record OutletCount(string? Outlet, int Count);
