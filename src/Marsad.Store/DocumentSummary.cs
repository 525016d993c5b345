using Marsad.Core.Documents;

namespace Marsad.Store;

/// <summary>An article without its body, for listings.</summary>
public sealed record DocumentSummary(
    string Id,
    string? Title,
    string? Outlet,
    PublicationTime? Published,
    string? Url,
    int TextLength);
