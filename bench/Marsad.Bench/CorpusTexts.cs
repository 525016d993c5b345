using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Marsad.Bench;

/// <summary>Loads the article texts and titles of a JSON Lines corpus into memory for the text-speed runs.</summary>
internal static class CorpusTexts
{
    public static (List<string> Texts, List<string> Titles, long Utf8Bytes) Load(string path, int? limit)
    {
        var texts = new List<string>();
        var titles = new List<string>();
        long bytes = 0;
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line && (limit is null || texts.Count < limit))
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            var title = doc.RootElement.TryGetProperty("title", out var h) ? h.GetString() ?? "" : "";
            if (text.Length == 0)
            {
                continue;
            }
            texts.Add(text);
            titles.Add(title);
            bytes += Encoding.UTF8.GetByteCount(text);
        }
        return (texts, titles, bytes);
    }
}
