using System.Globalization;
using Marsad.Ingest;
using Marsad.Ingest.Furniture;

namespace Marsad.Training.Ingest.Furniture;

/// <summary>
/// Learns page furniture from corpora (JSON Lines, gzip or not): short lines that recur among the
/// first and last lines of many articles, across outlets or very often within one, and labels
/// ("اقرأ أيضا:", "رابط الخبر بصحيفة الوئام:") that start many different such lines. Streams the
/// corpora in constant memory per article and writes a versioned TSV that
/// <see cref="FurnitureModel.Load"/> reads. Wired to <c>marsad train furniture</c>.
/// </summary>
public static class FurnitureTrainer
{
    /// <summary>An article's first this many lines count as its top edge…</summary>
    private const int TopEdge = 2;

    /// <summary>…and its last this many as its bottom edge.</summary>
    private const int BottomEdge = 3;

    public static FurnitureTrainingResult Train(
        IEnumerable<string> corpusPaths,
        TextWriter output,
        FurnitureTrainingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpusPaths);
        ArgumentNullException.ThrowIfNull(output);
        options ??= FurnitureTrainingOptions.Default;
        var paths = corpusPaths.ToList();
        var lines = new Dictionary<string, LineStats>(StringComparer.Ordinal);
        var labels = new Dictionary<string, LineStats>(StringComparer.Ordinal);
        var outlets = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = 0;
        var problems = 0;
        var reader = new ArticleReader(IngestOptions.Default with { Furniture = FurnitureModel.Empty });
        foreach (var item in reader.ReadRaw(paths, null, cancellationToken))
        {
            if (item.Document is not { } document)
            {
                problems++;
                continue;
            }
            articles++;
            var outlet = document.Outlet ?? string.Empty;
            if (!outlets.TryGetValue(outlet, out var outletIndex))
            {
                outletIndex = outlets.Count;
                outlets[outlet] = outletIndex;
            }
            Count(document, outletIndex, lines, labels, options);
        }
        var chosenLines = lines
            .Where(pair => IsFurnitureLine(pair.Key, pair.Value, options))
            .OrderByDescending(pair => pair.Value.Distinct).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();
        var chosenLabels = labels
            .Where(pair => IsFurnitureLabel(pair.Value, options))
            .OrderByDescending(pair => pair.Value.Distinct).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();
        WriteHeader(output, paths, articles, options);
        foreach (var (key, stats) in chosenLines)
        {
            WriteRow(output, FurnitureTsv.LineKind, key, stats);
        }
        foreach (var (key, stats) in chosenLabels)
        {
            WriteRow(output, FurnitureTsv.PrefixKind, key, stats);
        }
        return new FurnitureTrainingResult(articles, problems, chosenLines.Count, chosenLabels.Count);
    }

    private static void Count(RawDocument document, int outletIndex, Dictionary<string, LineStats> lines, Dictionary<string, LineStats> labels, FurnitureTrainingOptions options)
    {
        var content = FurnitureLines.Split(document.Body).Where(line => line.Length > 0).ToList();
        var signature = StringComparer.Ordinal.GetHashCode(document.Title ?? document.Body[..Math.Min(200, document.Body.Length)]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < content.Count; i++)
        {
            var line = content[i];
            if (line.Length > FurnitureLines.MaxChars || FurnitureLines.CountWords(line) > options.MaxLineWords)
            {
                continue;
            }
            var key = FurnitureLines.Key(line);
            if (!HasLetter(key) || !seen.Add(key))
            {
                continue;
            }
            var atEdge = i < TopEdge || i >= content.Count - BottomEdge;
            var sentence = FurnitureLines.EndsAsSentence(line);
            Stats(lines, key).Add(signature, outletIndex, atEdge, sentence);
            if (FurnitureLines.Label(line) is { } label && FurnitureLines.Key(label) is { Length: > 0 } labelKey)
            {
                Stats(labels, labelKey).Add(StringComparer.Ordinal.GetHashCode(key), outletIndex, atEdge, sentence);
            }
        }
    }

    private static LineStats Stats(Dictionary<string, LineStats> table, string key)
    {
        if (!table.TryGetValue(key, out var stats))
        {
            stats = new LineStats();
            table[key] = stats;
        }
        return stats;
    }

    private static bool IsFurnitureLine(string key, LineStats stats, FurnitureTrainingOptions options) =>
        stats.Distinct >= options.MinArticles
        && stats.EdgeShare >= options.MinEdgeShare
        && ((stats.Outlets >= 2 && key.Count(c => c == ' ') < options.MaxSharedLineWords) || stats.Distinct >= options.MinSingleOutletArticles)
        && key.Length >= 2;

    private static bool IsFurnitureLabel(LineStats stats, FurnitureTrainingOptions options) =>
        stats.Distinct >= options.MinPrefixLines
        && stats.EdgeShare >= options.MinEdgeShare
        && stats.SentenceShare <= options.MaxPrefixSentenceShare;

    private static bool HasLetter(string key)
    {
        foreach (var c in key)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    private static void WriteHeader(TextWriter output, List<string> paths, int articles, FurnitureTrainingOptions options)
    {
        output.Write(FurnitureTsv.VersionPrefix);
        output.WriteLine(FurnitureTsv.Version);
        output.WriteLine("# Page furniture learned by `marsad train furniture`: line keys (folded Arabic, no punctuation,");
        output.WriteLine("# digit runs as 0) recurring among articles' first and last lines, and labels starting such lines.");
        output.WriteLine("# Corpora: " + string.Join(", ", paths.Select(Path.GetFileName)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# Articles: {articles}; min articles {options.MinArticles}, single-outlet {options.MinSingleOutletArticles}, edge share {options.MinEdgeShare}, label lines {options.MinPrefixLines}."));
        foreach (var credit in options.Credits)
        {
            output.WriteLine("# Credit: " + credit);
        }
        output.WriteLine("kind\tkey\tdistinct\toutlets\tedge_share");
    }

    private static void WriteRow(TextWriter output, string kind, string key, LineStats stats) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}\t{key}\t{stats.Distinct}\t{stats.Outlets}\t{stats.EdgeShare:0.00}"));
}
