using System.Text;

using Marsad.Extraction.Lexicons;

namespace Marsad.Training.Lexicons;

/// <summary>
/// Derives nationality adjectives (the nisba, masculine singular) from a country gazetteer, by the
/// regular rules of Arabic nisba formation, so the lexicon covers every country and not only the
/// ones a person thought of. It reads two sources per country: the common name (العراق → عراقي,
/// سوريا → سوري, كندا → كندي, السعودية → سعودي, الإمارات → إماراتي), and the adjective many official
/// names already contain (الجمهورية التونسية → تونسي, الولايات المتحدة الامريكية → امريكي). An
/// adjective that two countries would claim is dropped rather than guessed. The output is the
/// committed resource <c>Resources/nationalities-ar.tsv</c> of Marsad.Extraction (read by
/// <see cref="NationalityResource.Parse"/>); a test regenerates and compares it.
/// </summary>
public static class NationalityDerivation
{
    private const string Article = "ال";
    private const char Yeh = 'ي';

    /// <summary>Words that open an official name and say what kind of state it is (they are not its nationality).</summary>
    private static readonly string[] StateWords =
    [
        "جمهورية", "الجمهورية", "مملكة", "المملكة", "دولة", "سلطنة", "إمارة", "الولايات", "الاتحاد", "اتحاد", "دوقية", "كومنولث",
    ];

    /// <summary>Adjectives in official names that qualify the state, not the people.</summary>
    private static readonly string[] GenericAdjectives =
    [
        "العربية", "الإسلامية", "الاسلامية", "الديمقراطية", "الديموقراطية", "الاستوائية", "الصحراوية", "الشعبية", "الاتحادية", "الهاشمية", "الفيدرالية", "الفدرالية",
        "الاشتراكية", "الدستورية", "التعاونية", "البوليفارية", "المتعددة", "القومية", "الجديدة", "الشرقية", "الغربية",
        "الشمالية", "الجنوبية", "المستقلة", "الرئاسية", "البرلمانية", "الكبرى", "الموحدة", "المتحدة", "الإقليمية",
    ];

    /// <summary>Prefixes some common names carry (جمهورية الكونغو); the nisba comes from what follows.</summary>
    private static readonly string[] CommonPrefixes = ["جمهورية ", "مملكة ", "دولة ", "إمارة ", "سلطنة "];

    public const string Header =
        "# Nationality adjectives (masculine singular) and their country, derived by NationalityDerivation from\n" +
        "# countries-ar.tsv (mledoze/countries, ODbL 1.0: https://github.com/mledoze/countries).\n" +
        "# Regenerate: MARSAD_REGENERATE=1 dotnet test tests/Marsad.Training.Tests --filter NationalityResource\n";

    /// <summary>Derives (adjective, country) pairs from gazetteer rows of (common name, official name).</summary>
    public static IReadOnlyList<(string Adjective, string Country)> Derive(IEnumerable<(string Common, string Official)> countries)
    {
        var claims = new Dictionary<string, (string Adjective, string Country)>(StringComparer.Ordinal);
        var contested = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string common, string official) in countries)
        {
            foreach (string adjective in new[] { FromCommonName(common), FromOfficialName(official) }.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                string key = NationalityResource.Key(adjective);
                if (claims.TryGetValue(key, out var earlier) && !string.Equals(earlier.Country, common, StringComparison.Ordinal))
                {
                    contested.Add(key);
                }
                else
                {
                    claims.TryAdd(key, (adjective, common));
                }
            }
        }

        return [.. claims.Where(c => !contested.Contains(c.Key)).Select(c => c.Value)
            .OrderBy(p => p.Country, StringComparer.Ordinal).ThenBy(p => p.Adjective, StringComparer.Ordinal)];
    }

    /// <summary>The nisba of a one-word common name; null for names of several words or with no regular nisba.</summary>
    internal static string? FromCommonName(string name)
    {
        string stem = name.Trim();
        foreach (string prefix in CommonPrefixes)
        {
            if (stem.StartsWith(prefix, StringComparison.Ordinal))
            {
                stem = stem[prefix.Length..];
            }
        }

        if (stem.Contains(' ', StringComparison.Ordinal) || stem.Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        if (stem.StartsWith(Article, StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[Article.Length..];
        }

        // Names ending in ي or و (مالي، بيرو، توغو) have no regular nisba: "مالي" would read as "financial".
        if (stem.Length < 3 || stem[^1] is 'ي' or 'و')
        {
            return null;
        }

        if (stem.EndsWith("يا", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }
        else if (stem[^1] is 'ا' or 'ى' or 'ة')
        {
            stem = stem[..^1];
        }

        if (stem.Length < 2)
        {
            return null;
        }

        // السعودية → سعودي: the ي is already there once the ة goes.
        return stem[^1] == Yeh ? stem : stem + Yeh;
    }

    /// <summary>
    /// The first specific adjective of an official name that opens with a state word
    /// (الجمهورية اللبنانية → لبناني); null when there is none. Names that do not open with a state
    /// word (ساموا الأمريكية) describe a territory, not a nation, and are skipped.
    /// </summary>
    internal static string? FromOfficialName(string name)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !StateWords.Contains(words[0], StringComparer.Ordinal))
        {
            return null;
        }

        foreach (string word in words.Skip(1))
        {
            if (word.Length > 5 && word.StartsWith(Article, StringComparison.Ordinal) && word.EndsWith("ية", StringComparison.Ordinal)
                && !GenericAdjectives.Contains(word, StringComparer.Ordinal))
            {
                return word[Article.Length..^1];
            }
        }

        return null;
    }

    /// <summary>Reads the rows of countries-ar.tsv (columns name_ar_common and name_ar_official).</summary>
    public static IEnumerable<(string Common, string Official)> ReadGazetteer(TextReader reader)
    {
        string? header = reader.ReadLine();
        string[] columns = header?.Split('\t') ?? [];
        int common = Array.IndexOf(columns, "name_ar_common");
        int official = Array.IndexOf(columns, "name_ar_official");
        if (common < 0 || official < 0)
        {
            throw new InvalidDataException("countries-ar.tsv: expected the columns name_ar_common and name_ar_official.");
        }

        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            string[] cells = line.Split('\t');
            if (cells.Length > Math.Max(common, official) && cells[common].Length > 0)
            {
                yield return (cells[common].Trim(), cells[official].Trim());
            }
        }
    }

    /// <summary>The resource text: the header, then one "adjective TAB country" line per pair.</summary>
    public static string Format(IEnumerable<(string Adjective, string Country)> pairs)
    {
        var builder = new StringBuilder(Header);
        foreach ((string adjective, string country) in pairs)
        {
            builder.Append(adjective).Append('\t').Append(country).Append('\n');
        }

        return builder.ToString();
    }
}
