using System.Globalization;

namespace Marsad.Core.Documents;

/// <summary>
/// A publication time as the source gives it: always a calendar date, and a clock time with its
/// UTC offset when the source has one. The date is the date in the publisher's own zone, so an
/// article stamped 2024-01-13T01:30+03:00 is dated 2024-01-13, not 2024-01-12 (its UTC date).
/// </summary>
public readonly record struct PublicationTime
{
    private PublicationTime(DateOnly date, DateTimeOffset? instant)
    {
        Date = date;
        Instant = instant;
    }

    /// <summary>The calendar date in the publisher's time zone.</summary>
    public DateOnly Date { get; }

    /// <summary>The exact instant with its original offset, when the source gave a time.</summary>
    public DateTimeOffset? Instant { get; }

    public static PublicationTime FromDate(DateOnly date) => new(date, null);

    public static PublicationTime FromInstant(DateTimeOffset instant) =>
        new(DateOnly.FromDateTime(instant.DateTime), instant);

    /// <summary>ISO 8601: <c>2024-01-13</c> or <c>2024-01-13T01:30:00+03:00</c>.</summary>
    public override string ToString() => Instant is { } i
        ? i.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The contract's <c>published</c> value: the date only.</summary>
    public string DateIso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses ISO 8601 dates and timestamps as written by <see cref="ToString"/> and by most feeds
    /// ("2018-02-18", "2018-02-18T10:00:00Z", "2018-02-18 10:00:00", "2018-02-18T10:00:00.000+03:00").
    /// A timestamp without an offset is taken as written, with offset zero.
    /// </summary>
    public static bool TryParse(string? value, out PublicationTime result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        var text = value.Trim();
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            result = FromDate(date);
            return true;
        }
        var hasOffset = text.EndsWith('Z') || HasNumericOffset(text);
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            result = FromInstant(instant);
            return true;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            result = FromInstant(new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero));
            return true;
        }
        return false;
    }

    private static bool HasNumericOffset(string text)
    {
        // "+03:00", "-0500", "+03" after the time part (position 10 is the date/time separator).
        var tail = text.Length > 11 ? text.AsSpan(11) : ReadOnlySpan<char>.Empty;
        return tail.IndexOfAny('+', '-') >= 0;
    }
}
