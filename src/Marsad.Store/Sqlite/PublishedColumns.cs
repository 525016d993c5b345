using System.Globalization;
using Marsad.Core.Documents;

namespace Marsad.Store.Sqlite;

/// <summary>How a publication time is spread over the <c>published*</c> columns and read back.</summary>
internal static class PublishedColumns
{
    public static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Unix seconds of the instant, or of midnight UTC when only the date is known.</summary>
    public static long SortKey(PublicationTime published) =>
        published.Instant?.ToUnixTimeSeconds()
        ?? new DateTimeOffset(published.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();

    public static PublicationTime? Parse(string? text) =>
        PublicationTime.TryParse(text, out var published) ? published : null;

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
