using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Lexicons;

/// <summary>
/// Reads the committed nationality resource (<c>Resources/nationalities-ar.tsv</c>): one
/// "adjective TAB country" line per pair after '#' header lines. Marsad.Training's
/// <c>NationalityDerivation</c> writes it from the country gazetteer; this side only reads it.
/// </summary>
public static class NationalityResource
{
    /// <summary>The (adjective, country) pairs of the resource text; comment and blank lines are skipped.</summary>
    public static IEnumerable<(string Adjective, string Country)> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Lines(reader);
    }

    /// <summary>
    /// The folded form under which the lexicon looks an adjective up: two adjectives with one key
    /// are one entry to it, so the derivation that writes the resource treats them as one claim.
    /// </summary>
    public static string Key(string adjective)
    {
        ArgumentNullException.ThrowIfNull(adjective);
        return FoldedLexicon<bool>.Fold(adjective);
    }

    private static IEnumerable<(string Adjective, string Country)> Lines(TextReader reader)
    {
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                yield return (line[..tab], line[(tab + 1)..]);
            }
        }
    }
}
