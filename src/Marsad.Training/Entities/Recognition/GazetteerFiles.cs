using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;

namespace Marsad.Training.Entities.Recognition;

/// <summary>
/// Reads place names from delimited gazetteer files (TSV or CSV, a header line first): every
/// field written in Arabic script is a name. A name that opens with a place head ("ولاية قندهار")
/// also counts without it, as news writes it both ways.
/// </summary>
public static class GazetteerFiles
{
    public static IEnumerable<string> Names(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        char separator = path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',';
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            foreach (string raw in line.Split(separator))
            {
                string name = raw.Trim().Trim('"').Trim();
                if (name.Length < 2 || !name.Any(ch => ch is >= '\u0621' and <= '\u064A'))
                {
                    continue;
                }

                yield return name;
                int space = name.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && (CueLexicon.Of(WordForms.Of(name[..space]).Base) & CueLexicon.LocHead) != 0)
                {
                    yield return name[(space + 1)..];
                }
            }
        }
    }
}
