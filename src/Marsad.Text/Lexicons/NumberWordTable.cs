using System.Globalization;

namespace Marsad.Text.Lexicons;

/// <summary>
/// The one table of Arabic number words (<c>Resources/number-words-ar.tsv</c>) that quantities and
/// dates share: cardinals, scales, vague counts and the ordinals of days. Readers build their own
/// lookups from it (each folds with the key policy), so a form added here is known to both.
/// </summary>
public static class NumberWordTable
{
    private const string ResourceName = "Marsad.Text.NumberWords.tsv";

    public static IReadOnlyList<NumberWordRow> Rows { get; } = Load();

    private static NumberWordRow[] Load()
    {
        var rows = new List<NumberWordRow>();
        foreach (string[] row in LexiconResource.Rows(typeof(NumberWordTable), ResourceName))
        {
            if (row.Length < 3 || !Enum.TryParse(row[0].Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out NumberWordClass kind)
                || !double.TryParse(row[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                throw new InvalidDataException($"{ResourceName}: bad row '{string.Join('\t', row)}'");
            }
            rows.Add(new NumberWordRow(kind, value, row[2..]));
        }
        return [.. rows];
    }
}
