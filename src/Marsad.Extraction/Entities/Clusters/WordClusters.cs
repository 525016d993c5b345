using System.IO.Compression;
using System.Text;

namespace Marsad.Extraction.Entities.Clusters;

/// <summary>
/// Brown-style bit-string paths for words, learned from unlabelled news by <c>marsad train clusters</c> (Marsad.Training's <c>ClusterTrainer</c>):
/// words used in similar contexts share long path prefixes, so a name the tagger never saw in
/// training still lands beside names it did. Keyed on <see cref="WordForms"/> (surface and base).
/// Immutable and thread-safe.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, string> _paths;
    private readonly Dictionary<string, string> _cues;
    private readonly Dictionary<string, int[]> _flat;

    private WordClusters(Dictionary<string, string> paths, Dictionary<string, string> cues, Dictionary<string, int[]> flat)
    {
        _paths = paths;
        _cues = cues;
        _flat = flat;
    }

    public static WordClusters Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, int[]>(StringComparer.Ordinal));

    /// <summary>The word's flat k-means clusters, coarse to fine, or null when unknown (or the file predates them).</summary>
    public int[]? FlatOf(string word) => _flat.TryGetValue(word, out int[]? flat) ? flat : null;

    /// <summary>The word's cue statistics from the corpus (one digit per cue kind), or null when unknown.</summary>
    public string? CuesOf(string word) => _cues.TryGetValue(word, out string? cues) ? cues : null;

    public int Count => _paths.Count;

    /// <summary>The path of <paramref name="word"/> (a <see cref="WordForms"/> key), or null when unknown.</summary>
    public string? PathOf(string word) => _paths.TryGetValue(word, out string? path) ? path : null;

    /// <summary>Reads the gzipped text written by <c>marsad train clusters</c> (Marsad.Training's <c>ClusterTrainer</c>): '#' header lines, then "path TAB word", optionally "TAB cues" and then "TAB flat" (comma-separated cluster numbers).</summary>
    public static WordClusters Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        var cues = new Dictionary<string, string>(StringComparer.Ordinal);
        var flat = new Dictionary<string, int[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidDataException("Cluster file lines must be 'path<TAB>word'.");
            }

            string path = line[..tab];
            if (!interned.TryGetValue(path, out string? shared))
            {
                interned[path] = shared = path;
            }

            int second = line.IndexOf('\t', tab + 1);
            string word = second < 0 ? line[(tab + 1)..] : line[(tab + 1)..second];
            paths[word] = shared;
            if (second > 0)
            {
                int third = line.IndexOf('\t', second + 1);
                string value = third < 0 ? line[(second + 1)..] : line[(second + 1)..third];
                if (third > 0)
                {
                    flat[word] = ParseFlat(line.AsSpan(third + 1));
                }

                if (!interned.TryGetValue(value, out string? cueShared))
                {
                    interned[value] = cueShared = value;
                }

                cues[word] = cueShared;
            }
        }

        return new WordClusters(paths, cues, flat);
    }

    private static int[] ParseFlat(ReadOnlySpan<char> text)
    {
        var values = new List<int>(4);
        foreach (Range part in text.Split(','))
        {
            values.Add(int.Parse(text[part], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture));
        }

        return [.. values];
    }
}
