using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Marsad.Ingest;

namespace Marsad.Training.Stories.Evaluation;

/// <summary>
/// Some articles of a large JSON Lines corpus (ANT), by id: the file is streamed and only the
/// wanted lines are parsed, so an evaluation over a thousand labelled articles does not read
/// sixty thousand.
/// </summary>
public static class AntLines
{
    /// <summary>How much of a JSON line is searched for its id first (ids lead ANT's lines).</summary>
    private const int IdHeadChars = 512;

    /// <summary>The raw documents of the lines whose id is in <paramref name="ids"/>, read by <paramref name="reader"/> as any JSON Lines file is.</summary>
    public static IReadOnlyList<RawDocument> Read(string path, IReadOnlySet<string> ids, ArticleReader reader)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(reader);
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
