using System.Text;

namespace Marsad.Training.Stories;

/// <summary>
/// Derives the shipped table of which place lies within which (<c>Marsad.Stories/Resources/places-within-ar.tsv</c>)
/// from the gazetteers: every city of <c>world-cities-ar.csv</c> (CC BY 4.0, Wikidata-derived)
/// within its country, the country named as <c>countries-ar.tsv</c> (ODbL 1.0, mledoze/countries)
/// names it commonly; cities the gazetteer names only in Latin letters are left out.
/// <c>marsad train places</c> runs it.
/// </summary>
public static class PlaceTableBuilder
{
    /// <returns>The table's text and how many rows it has.</returns>
    /// <exception cref="FormatException">A gazetteer line is malformed (the message names the file and line).</exception>
    public static (string Text, int Rows) Build(string countriesPath, string citiesPath)
    {
        ArgumentNullException.ThrowIfNull(countriesPath);
        ArgumentNullException.ThrowIfNull(citiesPath);
        // The countries' common names by English name, which both files share.
        var common = new Dictionary<string, string>(StringComparer.Ordinal);
        int number = 0;
        foreach (string line in File.ReadLines(countriesPath))
        {
            if (number++ == 0)
            {
                continue;
            }
            string[] f = line.Split('\t');
            if (f.Length < 4)
            {
                throw new FormatException($"{countriesPath}:{number}: expected cca2, cca3, name_en, name_ar_common, … tab-separated.");
            }
            common.TryAdd(f[2].Trim(), f[3].Trim());
        }

        var rows = new SortedSet<string>(StringComparer.Ordinal);
        number = 0;
        foreach (string line in File.ReadLines(citiesPath))
        {
            if (number++ == 0)
            {
                continue;
            }
            string[] f = Csv(line);
            if (f.Length < 4)
            {
                throw new FormatException($"{citiesPath}:{number}: expected CountryNameAr, CountryNameEn, CityNameAr, CityNameEn, Population.");
            }
            string country = common.GetValueOrDefault(f[1].Trim()) ?? f[0].Trim();
            string city = f[2].Trim();
            // Some cities have no Arabic name in the gazetteer (it repeats the Latin one): an Arabic text never names them so.
            if (city.Any(c => c is >= '\u0600' and <= '\u06FF') && country.Length > 0 && city != country)
            {
                rows.Add(city + "\t" + country);
            }
        }

        var text = new StringBuilder()
            .Append("# Which place lies within which (city, then its country), for comparing where events happened\n")
            .Append("# (Marsad.Stories/Places/PlaceNames.cs). Derived by 'marsad train places' from the gazetteers in\n")
            .Append("# shared/data/gazetteers: world-cities-ar.csv (CC BY 4.0, Wikidata-derived) and countries-ar.tsv\n")
            .Append("# (ODbL 1.0, mledoze/countries, https://github.com/mledoze/countries). Do not edit by hand.\n");
        foreach (string row in rows)
        {
            text.Append(row).Append('\n');
        }
        return (text.ToString(), rows.Count);
    }

    /// <summary>One CSV line's fields: double-quoted fields may hold commas and doubled quotes.</summary>
    private static string[] Csv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c != '\uFEFF')
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
