using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Marsad.Bench;

/// <summary>One corpus article as the benchmarks need it.</summary>
internal sealed record CorpusEntry(string Title, string Text, string? Outlet, string? Published);

/// <summary>Loads a JSON Lines corpus (gzip or not) into memory for the text-speed runs and the query set.</summary>
internal static class CorpusTexts
{
    public static (List<CorpusEntry> Entries, long Utf8Bytes) Load(string path, int? limit)
    {
        var entries = new List<CorpusEntry>();
        long bytes = 0;
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line && (limit is null || entries.Count < limit))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var text = Field(root, "text") ?? "";
            if (text.Length == 0)
            {
                continue;
            }
            entries.Add(new CorpusEntry(Field(root, "title") ?? "", text, Field(root, "outlet"), Field(root, "published")));
            bytes += Encoding.UTF8.GetByteCount(text);
        }
        return (entries, bytes);
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
