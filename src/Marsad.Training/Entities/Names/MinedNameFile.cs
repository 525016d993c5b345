using System.Globalization;
using Marsad.Extraction.Entities.Recognition;

namespace Marsad.Training.Entities.Names;

/// <summary>
/// The mined names as a TSV file a maintainer reads and <c>marsad train ner --names</c> takes:
/// <c>#</c> comment lines, then <c>head TAB count TAB outlets TAB surface TAB key</c>, head being
/// <c>ORG</c> or <c>LOC</c> (the kind of the head word).
/// </summary>
public static class MinedNameFile
{
    public static void Write(TextWriter writer, IEnumerable<MinedName> names, IEnumerable<string> comments)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(comments);
        foreach (string comment in comments)
        {
            writer.WriteLine("# " + comment);
        }
        writer.WriteLine("# head\tcount\toutlets\tsurface\tkey");
        foreach (MinedName name in names)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(name.Head == Gazetteer.PlaceHead ? "LOC" : "ORG")}\t{name.Count}\t{name.Outlets}\t{name.Surface.Replace('\t', ' ').Replace('\n', ' ')}\t{name.Key}"));
        }
    }

    /// <summary>The names' keys and head kinds.</summary>
    /// <exception cref="FormatException">A line is not five fields with a known head.</exception>
    public static IEnumerable<(string Key, int Head)> Read(TextReader reader, string origin)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            string[] f = line.Split('\t');
            int? head = f.Length == 5 ? f[0] switch { "ORG" => Gazetteer.OrganisationHead, "LOC" => Gazetteer.PlaceHead, _ => null } : null;
            if (head is null || f[4].Length == 0)
            {
                throw new FormatException($"{origin}:{number}: expected HEAD (ORG or LOC), COUNT, OUTLETS, SURFACE and KEY, tab-separated.");
            }
            yield return (f[4], head.Value);
        }
    }
}
