using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Text.Tokenization;

namespace Marsad.Training.Entities.Clusters;

/// <summary>
/// Learns <see cref="WordClusters"/> from unlabelled articles: counts each frequent word
/// (surface form and clitic-free base both) against the bases two words to its left and right,
/// left and right kept apart; weighs the counts by positive PMI (context counts smoothed to the
/// power ¾); embeds the rows by randomized SVD; and cuts the embedding into a binary tree.
/// Deterministic for a given input order and options.
/// </summary>
public static class ClusterTrainer
{
    private const int Boundary = -1;

    /// <summary>Writes the gzipped cluster file; <paramref name="header"/> lines go first (as '#' comments).</summary>
    public static string Train(IEnumerable<string> texts, Stream output, IEnumerable<string> header, ClusterTrainingOptions? options = null, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);
        options ??= ClusterTrainingOptions.Default;
        var clock = Stopwatch.StartNew();

        // Pass 1: the corpus as two parallel id streams (surface, base), with boundaries between articles.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var surfaces = new List<int>(1 << 24);
        var bases = new List<int>(1 << 24);
        var tokens = new List<Token>(4096);
        int articles = 0;
        foreach (string text in texts)
        {
            tokens.Clear();
            WordForms.Tokenizer.Tokenize(text, tokens);
            foreach (Token t in tokens)
            {
                int s = Intern(t.Normalized, ids, counts);
                int b = t.ProcliticLength == 0 ? s : Intern(t.Base, ids, counts);
                surfaces.Add(s);
                bases.Add(b);
            }

            surfaces.Add(Boundary);
            bases.Add(Boundary);
            articles++;
        }

        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clusters: {articles:N0} articles, {surfaces.Count:N0} tokens, {ids.Count:N0} types ({clock.Elapsed.TotalSeconds:0} s)"));
        string[] names = new string[ids.Count];
        foreach ((string word, int id) in ids)
        {
            names[id] = word;
        }

        // Rows: frequent words; contexts: frequent bases (ids ranked by count, ties by text).
        int[] ranked = [.. Enumerable.Range(0, names.Length)
            .OrderByDescending(i => counts[i]).ThenBy(i => names[i], StringComparer.Ordinal)];
        var row = new int[names.Length];
        var column = new int[names.Length];
        Array.Fill(row, -1);
        Array.Fill(column, -1);
        int rows = 0;
        foreach (int id in ranked)
        {
            if (rows >= options.Words || counts[id] < options.MinCount)
            {
                break;
            }

            row[id] = rows++;
        }

        var baseCounts = new Dictionary<int, int>();
        foreach (int b in bases)
        {
            if (b != Boundary)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(baseCounts, b, out _)++;
            }
        }

        int contexts = 0;
        foreach (int id in baseCounts.OrderByDescending(p => p.Value).ThenBy(p => names[p.Key], StringComparer.Ordinal).Select(p => p.Key))
        {
            if (contexts >= options.Contexts)
            {
                break;
            }

            column[id] = contexts++;
        }

        // Cue statistics: how often each row word follows a title, a kunya, an organisation or place head, or a reporting verb.
        int[] cueOf = new int[names.Length];
        for (int id = 0; id < names.Length; id++)
        {
            cueOf[id] = CueLexicon.Of(names[id]);
        }

        var cueCounts = new int[rows * CueKinds.Length];
        var rowCounts = new int[rows];
        int boundaryColumn = contexts; // article edge, and the shared column for rare context words
        int side = contexts + 1;
        var cells = new Dictionary<long, float>(1 << 22);
        for (int i = 0; i < surfaces.Count; i++)
        {
            int s = surfaces[i];
            if (s == Boundary)
            {
                continue;
            }

            int rs = row[s], rb = bases[i] == s ? -1 : row[bases[i]];
            if (rs < 0 && rb < 0)
            {
                continue;
            }

            int before = i > 0 && bases[i - 1] != Boundary ? cueOf[bases[i - 1]] : 0;
            int before2 = i > 1 && bases[i - 2] != Boundary ? cueOf[bases[i - 2]] : 0;
            foreach (int r in (ReadOnlySpan<int>)[rs, rb])
            {
                if (r < 0)
                {
                    continue;
                }

                rowCounts[r]++;
                for (int k = 0; k < CueKinds.Length; k++)
                {
                    int flag = CueKinds[k];
                    bool near = (before & flag) != 0 || (flag is CueLexicon.Title or CueLexicon.OrgHead && (before2 & flag) != 0);
                    cueCounts[(r * CueKinds.Length) + k] += near ? 1 : 0;
                }
            }

            for (int o = -2; o <= 2; o++)
            {
                if (o == 0)
                {
                    continue;
                }

                int j = i + o;
                int c = j < 0 || j >= bases.Count || bases[j] == Boundary ? boundaryColumn : column[bases[j]];
                if (c < 0)
                {
                    c = boundaryColumn;
                }

                c += o < 0 ? 0 : side;
                float weight = o is -1 or 1 ? 1f : 0.5f;
                if (rs >= 0)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(cells, ((long)rs * 2 * side) + c, out _) += weight;
                }

                if (rb >= 0)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(cells, ((long)rb * 2 * side) + c, out _) += weight;
                }
            }
        }

        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clusters: {rows:N0} words × {2 * side:N0} contexts, {cells.Count:N0} cells ({clock.Elapsed.TotalSeconds:0} s)"));
        SparseRows matrix = Ppmi(cells, rows, 2 * side);
        cells.Clear();
        float[] embedding = RandomizedSvd.Embed(matrix, options.Dimensions, options.Seed);
        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clusters: embedded ({clock.Elapsed.TotalSeconds:0} s)"));
        string[] paths = BisectingTree.Paths(embedding, rows, options.Dimensions, options.Depth, options.Seed);
        int[][] flat = FlatKMeans.Assign(embedding, rows, options.Dimensions, options.FlatClusters, options.Seed);
        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clusters: tree and flat k-means ({clock.Elapsed.TotalSeconds:0} s)"));

        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new StreamWriter(gzip, new System.Text.UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            foreach (string line in header)
            {
                writer.WriteLine("# " + line);
            }

            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"# {articles} articles, {surfaces.Count - articles} tokens; {rows} words, {2 * side} contexts; PPMI (cds 0.75), randomized SVD {options.Dimensions}d (U·Σ^½), bisecting 2-means depth {options.Depth}, flat spherical k-means k = {string.Join('/', options.FlatClusters)}, seed {options.Seed}"));
            writer.WriteLine("# path<TAB>word<TAB>cues<TAB>flat (words folded by WordForms: surface forms and clitic-free bases; cues: one digit 0-4 each for how often the word follows a title, kunya, organisation head, place head, reporting verb; flat: the word's k-means cluster at each k, comma-separated)");
            var byRow = new int[rows];
            foreach (int id in ranked.Take(rows))
            {
                byRow[row[id]] = id;
            }

            foreach (int r in Enumerable.Range(0, rows).OrderBy(r => paths[r], StringComparer.Ordinal).ThenBy(r => r))
            {
                writer.Write(paths[r]);
                writer.Write('\t');
                writer.Write(names[byRow[r]]);
                writer.Write('\t');
                for (int k = 0; k < CueKinds.Length; k++)
                {
                    writer.Write(Bucket(cueCounts[(r * CueKinds.Length) + k], rowCounts[r]));
                }

                writer.Write('\t');
                for (int j = 0; j < flat.Length; j++)
                {
                    writer.Write(j == 0 ? string.Empty : ",");
                    writer.Write(flat[j][r].ToString(CultureInfo.InvariantCulture));
                }

                writer.WriteLine();
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{rows:N0} words from {articles:N0} articles in {clock.Elapsed.TotalSeconds:0} s");
    }

    private static readonly int[] CueKinds =
    [
        CueLexicon.Title, CueLexicon.Kunya, CueLexicon.OrgHead,
        CueLexicon.LocHead, CueLexicon.Speech,
    ];

    /// <summary>A share in five steps: never, under 2 %, under 10 %, under 30 %, more.</summary>
    private static char Bucket(int hits, int total)
    {
        double share = total == 0 ? 0 : (double)hits / total;
        return hits == 0 ? '0' : share < 0.02 ? '1' : share < 0.1 ? '2' : share < 0.3 ? '3' : '4';
    }

    private static int Intern(string word, Dictionary<string, int> ids, List<int> counts)
    {
        ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, word, out bool exists);
        if (!exists)
        {
            id = counts.Count;
            counts.Add(0);
        }

        counts[id]++;
        return id;
    }

    private static SparseRows Ppmi(Dictionary<long, float> cells, int rows, int columns)
    {
        long[] keys = [.. cells.Keys];
        Array.Sort(keys);
        var rowSum = new double[rows];
        var colSum = new double[columns];
        double total = 0;
        foreach ((long key, float v) in cells)
        {
            rowSum[key / columns] += v;
            colSum[key % columns] += v;
            total += v;
        }

        // Context distribution smoothing: rare contexts get less PMI inflation.
        double smoothedTotal = 0;
        for (int c = 0; c < columns; c++)
        {
            colSum[c] = Math.Pow(colSum[c], 0.75);
            smoothedTotal += colSum[c];
        }

        var starts = new int[rows + 1];
        var indices = new List<int>(keys.Length / 2);
        var values = new List<float>(keys.Length / 2);
        int current = 0;
        foreach (long key in keys)
        {
            int r = (int)(key / columns), c = (int)(key % columns);
            while (current < r)
            {
                starts[++current] = indices.Count;
            }

            double pmi = Math.Log(cells[key] * smoothedTotal / (rowSum[r] * colSum[c]));
            if (pmi > 0)
            {
                indices.Add(c);
                values.Add((float)pmi);
            }
        }

        while (current < rows)
        {
            starts[++current] = indices.Count;
        }

        return new SparseRows(rows, columns, starts, [.. indices], [.. values]);
    }
}
