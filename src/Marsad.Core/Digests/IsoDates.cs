using System.Globalization;

namespace Marsad.Core.Digests;

/// <summary>Questions about the contract's dates (YYYY, YYYY-MM, YYYY-MM-DD), answered best-effort.</summary>
public static class IsoDates
{
    /// <summary>The first day the value covers; null when it is not one of the three forms.</summary>
    public static DateOnly? FirstDay(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var culture = CultureInfo.InvariantCulture;
        return value.Length switch
        {
            4 when DateOnly.TryParseExact(value + "-01-01", "yyyy-MM-dd", culture, DateTimeStyles.None, out var d) => d,
            7 when DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", culture, DateTimeStyles.None, out var d) => d,
            10 when DateOnly.TryParseExact(value, "yyyy-MM-dd", culture, DateTimeStyles.None, out var d) => d,
            _ => null,
        };
    }

    /// <summary>The last day the value covers (the month's or year's end); null when it is not a date.</summary>
    public static DateOnly? LastDay(string? value) => FirstDay(value) is not { } first
        ? null
        : value!.Length switch
        {
            4 => first.AddYears(1).AddDays(-1),
            7 => first.AddMonths(1).AddDays(-1),
            _ => first,
        };

    /// <summary>Whether one value lies within the other: equal, or one a more precise date inside the other (2025-09-15 in 2025-09).</summary>
    public static bool Compatible(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || Within(a, b) || Within(b, a);

    /// <summary>Whether <paramref name="precise"/> is a date inside the period <paramref name="period"/>.</summary>
    public static bool Within(string precise, string period) =>
        precise.Length > period.Length && precise.StartsWith(period, StringComparison.Ordinal) && precise[period.Length] == '-';

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
