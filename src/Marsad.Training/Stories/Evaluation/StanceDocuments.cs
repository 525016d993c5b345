using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
    /// <summary>How much of a JSON line is searched for its id first (ids lead ANT's lines).</summary>
    private const int IdHeadChars = 512;

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
            foreach (RawDocument document in ReadAnt(ant, antIds, reader))
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

    private static IEnumerable<RawDocument> ReadAnt(string path, HashSet<string> ids, ArticleReader reader)
    {
        var kept = new StringBuilder();
        using (var file = File.OpenRead(path))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var lines = new StreamReader(gzip, Encoding.UTF8))
        {
            while (lines.ReadLine() is { } line)
            {
                if (IdOf(line) is { } id && ids.Contains(id))
                {
                    kept.Append(line).Append('\n');
                }
            }
        }
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(kept.ToString()));
        return [.. reader.ReadRawStream(stream, path).Where(r => r.Document?.Id is not null).Select(r => r.Document!)];
    }

    /// <summary>The top-level "id" of a JSON line, read from its head without parsing the rest; null when it has none there.</summary>
    private static string? IdOf(string line)
    {
        bool whole = line.Length <= IdHeadChars;
        var json = new Utf8JsonReader(Encoding.UTF8.GetBytes(whole ? line : line[..IdHeadChars]), isFinalBlock: whole, state: default);
        try
        {
            while (json.Read())
            {
                if (json.TokenType == JsonTokenType.PropertyName && json.CurrentDepth == 1 && json.ValueTextEquals("id"u8))
                {
                    return json.Read() && json.TokenType == JsonTokenType.String ? json.GetString() : null;
                }
            }
        }
        catch (JsonException)
        {
            // A malformed line is the reader's to report, if it is one of ours; it is not.
        }
        return null;
    }
}
