using System.Security.Cryptography;
using System.Text;
using Marsad.Ingest;

namespace Marsad.Training.Stories.Evaluation;

/// <summary>
/// The raw text each labelled quote points into, read as Marsad reads its inputs
/// (<see cref="ArticleReader.ReadRaw"/>): a seed or sample file by name, an ANT article by id. The
/// ANT file holds tens of thousands of lines; only the lines of the labelled ids are handed to the
/// reader, each picked by the id at its head, so the rest are never parsed. An item whose text is
/// missing, or whose slice does not hash to the labelled SHA-1, is a problem, not a document.
/// </summary>
public static class StanceDocuments
{
    /// <param name="seeds">The folder of the seed articles.</param>
    /// <param name="ant">The ANT JSON Lines file (gzip).</param>
    /// <param name="samples">The repository's samples folder.</param>
    /// <returns>Each item's raw document by item id; and, for the items left out, why.</returns>
    public static (Dictionary<string, RawDocument> Documents, List<string> Problems) Load(
        IReadOnlyList<GoldStance> items, string seeds, string ant, string samples, ArticleReader reader)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(reader);
        var byDoc = new Dictionary<(string Source, string Doc), List<RawDocument>>();
        foreach (var group in items.Where(i => i.Source != "ant").GroupBy(i => (i.Source, i.Doc)))
        {
            string path = Path.Combine(group.Key.Source == "seed" ? seeds : samples, group.Key.Doc);
            byDoc[group.Key] = [.. reader.ReadRaw([path]).Where(r => r.Document is not null).Select(r => r.Document!)];
        }
        var antIds = items.Where(i => i.Source == "ant").Select(i => i.Doc).ToHashSet(StringComparer.Ordinal);
        if (antIds.Count > 0 && File.Exists(ant))
        {
            foreach (RawDocument document in AntLines.Read(ant, antIds, reader))
            {
                var key = ("ant", document.Id!);
                if (!byDoc.TryGetValue(key, out var list))
                {
                    byDoc[key] = list = [];
                }
                list.Add(document);
            }
        }

        var documents = new Dictionary<string, RawDocument>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (GoldStance item in items)
        {
            if (!byDoc.TryGetValue((item.Source, item.Doc), out var candidates) || candidates.Count == 0)
            {
                problems.Add($"{item.Id}: no {item.Source} text '{item.Doc}'");
                continue;
            }
            // A JSON Lines sample holds several records: the labelled one is the one the slice hashes right in.
            if (candidates.FirstOrDefault(d => SliceHashes(d.Body, item)) is { } document)
            {
                documents[item.Id] = document;
            }
            else
            {
                problems.Add($"{item.Id}: the slice {item.Start}-{item.End} of '{item.Doc}' does not hash to {item.Sha1}");
            }
        }
        return (documents, problems);
    }

    /// <summary>Whether the item's offsets fall inside <paramref name="text"/> and the slice's SHA-1 starts with the labelled digits.</summary>
    public static bool SliceHashes(string text, GoldStance item)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(item);
        if (item.End > text.Length)
        {
            return false;
        }
        string hex = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text[item.Start..item.End])));
        return hex.StartsWith(item.Sha1, StringComparison.OrdinalIgnoreCase);
    }
}
