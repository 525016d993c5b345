using Marsad.Text.Lexicons;
namespace Marsad.Extraction.Lexicons;

/// <summary>
/// Nationality adjectives to the canonical country name (the gazetteer's common Arabic name):
/// أميركي/أمريكي/الأمريكية/الأمريكيين → الولايات المتحدة, عراقي/العراقية → العراق. Built once from
/// the committed resource derived from the country gazetteer (<see cref="NationalityResource"/>)
/// plus <see cref="IrregularNationalities"/>; every masculine singular adjective is inflected here
/// (feminine ـية, accusative ـيا, plurals ـيين/ـيون/ـيات, duals ـيان/ـيتين/ـيتان), so the tables
/// stay one row per country. Immutable and thread-safe.
/// </summary>
public static class NationalityLexicon
{
    private const string ResourceName = "Marsad.Extraction.Nationalities.tsv";
    private const string Article = "ال";

    private static readonly string[] Endings = ["", "ة", "ا", "ين", "ون", "ان", "ات", "تين", "تان"];

    private static readonly FoldedLexicon<string> Forms = Build();

    /// <summary>How many adjective forms the lexicon knows (for tests and diagnostics).</summary>
    internal static int Count => Forms.Count;

    /// <summary>
    /// The country of a nationality adjective in any of its forms, with or without the article and
    /// whatever its spelling (hamza, ة/ه, diacritics); null when it is not one.
    /// </summary>
    public static string? CountryOf(string adjective)
    {
        ArgumentNullException.ThrowIfNull(adjective);
        return CountryOf(adjective.AsSpan().Trim());
    }

    /// <summary>The span form: a token's normalised characters, without proclitics other than the article.</summary>
    internal static string? CountryOf(ReadOnlySpan<char> word)
    {
        if (word.StartsWith(Article, StringComparison.Ordinal) && word.Length > Article.Length + 2
            && Forms.TryGet(word[Article.Length..], out string? country))
        {
            return country;
        }

        return Forms.TryGet(word, out country) ? country : null;
    }

    private static FoldedLexicon<string> Build()
    {
        var entries = new List<KeyValuePair<string, string>>();

        // Hand-written entries first: FoldedLexicon keeps the first claim on a form.
        foreach ((string adjective, string country) in IrregularNationalities.Adjectives.Concat(ReadResource()))
        {
            string stem = adjective[..^1];
            foreach (string ending in Endings)
            {
                entries.Add(KeyValuePair.Create(ending.Length == 0 ? adjective : stem + "ي" + ending, country));
            }
        }

        entries.AddRange(IrregularNationalities.Plurals.Select(p => KeyValuePair.Create(p.Plural, p.Country)));
        return new FoldedLexicon<string>(entries);
    }

    private static IEnumerable<(string Adjective, string Country)> ReadResource()
    {
        using Stream stream = typeof(NationalityLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        using var reader = new StreamReader(stream);
        return [.. NationalityResource.Parse(reader)];
    }
}
