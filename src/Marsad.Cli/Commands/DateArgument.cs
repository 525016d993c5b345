using System.Globalization;

namespace Marsad.Cli.Commands;

/// <summary>
/// Reads the dates of <c>--from</c>/<c>--to</c> at the precision a person types them: 2024-01-13,
/// 2024-01 or 2024. A month or year means its first day for <c>--from</c> and its last for <c>--to</c>,
/// so <c>--from 2024 --to 2024</c> is the whole year.
/// </summary>
internal static class DateArgument
{
    public static DateOnly? ParseFrom(string? value, string option) => Parse(value, option, endOfPeriod: false);

    public static DateOnly? ParseTo(string? value, string option) => Parse(value, option, endOfPeriod: true);

    private static DateOnly? Parse(string? value, string option, bool endOfPeriod)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        var invariant = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
        {
            return day;
        }
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", invariant, DateTimeStyles.None, out var month))
        {
            return endOfPeriod ? month.AddMonths(1).AddDays(-1) : month;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, invariant, out var year) && year is >= 1 and <= 9999)
        {
            return endOfPeriod ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }
        throw new UsageException($"{option} '{value}' is not a date: write 2024-01-13, 2024-01 or 2024.");
    }
}
