using System.Collections.Frozen;
using System.Globalization;
using Marsad.Text.Normalization;

namespace Marsad.Text.Lexicons;

/// <summary>
/// The one table of month names (<c>Resources/months-ar.tsv</c>) that date finding and dateline
/// reading share, so that a spelling added for one is known to both. Keys are folded by
/// <see cref="ArabicNormalizer.Search"/> with runs of white space made one space.
/// </summary>
public static class MonthTable
{
    private const string ResourceName = "Marsad.Text.Months.tsv";

    public static IReadOnlyList<MonthName> Names { get; } = Load();

    /// <summary>Month numbers by folded name, for one calendar; the first spelling of a key wins.</summary>
    public static FrozenDictionary<string, int> Of(MonthCalendar calendar) => Names
        .Where(n => n.Calendar == calendar)
        .DistinctBy(n => n.Key, StringComparer.Ordinal)
        .ToFrozenDictionary(n => n.Key, n => n.Month, StringComparer.Ordinal);

    /// <summary>Folds a name as the keys are folded.</summary>
    public static string Key(ReadOnlySpan<char> name) =>
        string.Join(' ', ArabicNormalizer.Search.NormalizeTerm(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static MonthName[] Load()
    {
        var names = new List<MonthName>();
        foreach (string[] row in LexiconResource.Rows(typeof(MonthTable), ResourceName))
        {
            if (row.Length < 3 || !Enum.TryParse(row[0], ignoreCase: true, out MonthCalendar calendar)
                || !int.TryParse(row[1], NumberStyles.None, CultureInfo.InvariantCulture, out int month) || month is < 1 or > 12)
            {
                throw new InvalidDataException($"{ResourceName}: bad row '{string.Join('\t', row)}'");
            }
            foreach (string field in row.Skip(2))
            {
                bool common = field.EndsWith('*');
                string spelling = common ? field[..^1] : field;
                names.Add(new MonthName(calendar, month, spelling, Key(spelling), common));
            }
        }
        return [.. names];
    }
}
