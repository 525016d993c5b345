using System.Globalization;
using Marsad.Core.Analysis;
using Marsad.Text.Normalization;

namespace Marsad.Extraction.Dates;

/// <summary>
/// Finds explicit dates (month names in every regional form, Hijri dates, numeric dates and years
/// with a cue) and returns them with spans into the original text. Pure and thread-safe.
/// </summary>
/// <remarks>
/// A month named without a year takes its year from an explicit year in the same sentence, else
/// from <c>anchor</c> (or the nearest explicit full date in the text) as <see cref="DateFinder"/>
/// describes; without either its value is null. Relative expressions and day names are left to
/// <see cref="DateFinder"/>. A Hijri month and year without a day becomes the Gregorian month
/// in which that Hijri month begins (Umm al-Qura). A bare four-digit number is a year only after
/// a cue (عام، العام، سنة، في، منذ، حتى، خلال، a month name, parentheses, or a modifier such as
/// مطلع or بحلول) and only within 1800–2100, so "2500 جندي" is not a date.
/// </remarks>
public static class ExplicitDateFinder
{
    private const int MinYear = 1800;
    private const int MaxYear = 2100;

    private static readonly UmAlQuraCalendar UmmAlQura = new();

    /// <summary>Explicit date mentions in <paramref name="text"/>, in order of position, never overlapping.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="anchor">The date that months named without a year are read against (see <see cref="DateFinder"/>).</param>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        NormalizedText normalized = MonthNames.Normalizer.Normalize(text);
        return DateResolution.ToMentions(normalized, DateScanner.Scan(normalized.Value), anchor, deictic: false);
    }

    internal static bool IsYear(int year) => year is >= MinYear and <= MaxYear;

    internal static string? FromHijri(int year, int month, int? day)
    {
        try
        {
            if (day is { } d && (d < 1 || d > UmmAlQura.GetDaysInMonth(year, month)))
            {
                return null;
            }

            DateTime gregorian = UmmAlQura.ToDateTime(year, month, day ?? 1, 0, 0, 0, 0);
            return day is null ? Format(gregorian.Year, gregorian.Month, null) : Format(gregorian.Year, gregorian.Month, gregorian.Day);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Outside the years Umm al-Qura tables cover (1318–1500 AH): the mention stands without a value.
            return null;
        }
    }

    internal static string Format(int year, int? month, int? day) => (month, day) switch
    {
        (null, _) => year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{m:D2}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{m:D2}-{d:D2}"),
    };
}
