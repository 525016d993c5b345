namespace Marsad.Search;

/// <summary>
/// What outlet filters compare, in the index and in the store alike: the stored outlet name,
/// trimmed and lower-cased, so "Al Jazeera" and "al jazeera" select the same articles. Outlets
/// are already normalised to one name per publisher at ingest; this only forgives typing.
/// </summary>
public static class OutletKey
{
    public static string? Of(string? outlet) =>
        string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim().ToLowerInvariant();
}
