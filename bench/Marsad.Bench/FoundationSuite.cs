using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marsad.App;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.Bench;

/// <summary>
/// Issue 2's figures: our normalise+tokenise against Lucene.NET's ArabicAnalyzer (one thread each,
/// same texts, same run), the whole ingest (read, clean, SQLite, Lucene) of the corpus, search
/// latency over a fixed varied query set, and peak memory.
/// </summary>
internal static class FoundationSuite
{
    /// <remarks>The bench's entry point is synchronous; the suite awaits the store inside.</remarks>
    public static int Run(BenchOptions options) => RunAsync(options).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(BenchOptions options)
    {
        var rows = new List<(string Name, string Value)>();
        var (entries, bytes) = CorpusTexts.Load(options.Corpus, options.Limit);
        var texts = entries.Select(e => e.Text).ToList();
        var megabytes = bytes / 1_000_000.0;
        rows.Add(("articles with text", entries.Count.ToString("N0", CultureInfo.InvariantCulture)));
        rows.Add(("article text, MB (UTF-8)", megabytes.ToString("0.0", CultureInfo.InvariantCulture)));

        // Warm both up (JIT, tables) on a slice, then time whole passes; best of three.
        TokenizerRun.Run(texts.Take(500).ToList());
        LuceneAnalyzerRun.Run(texts.Take(500).ToList());
        var ours = Measure.BestOf(3, () => TokenizerRun.Run(texts));
        var lucene = Measure.BestOf(3, () => LuceneAnalyzerRun.Run(texts));
        var tokenizeMbs = megabytes / ours.TotalSeconds;
        var luceneMbs = megabytes / lucene.TotalSeconds;
        rows.Add(("normalise+tokenise, MB/s (1 thread)", tokenizeMbs.ToString("0.0", CultureInfo.InvariantCulture)));
        rows.Add(("Lucene ArabicAnalyzer, MB/s (1 thread)", luceneMbs.ToString("0.0", CultureInfo.InvariantCulture)));

        var queries = QuerySet.Build(entries, options.Queries);
        texts.Clear();
        entries.Clear();
        GC.Collect();

        // The read + clean stages alone, to tell reading and cleaning from storing and indexing.
        var cleanClock = Stopwatch.StartNew();
        var reader = new ArticleReader();
        var cleaned = reader.ReadRaw([options.Corpus]).AsParallel().AsOrdered().Select(reader.Cleaner.Clean).Count(i => i.Article is not null);
        var cleanRate = cleaned / cleanClock.Elapsed.TotalSeconds;
        rows.Add(("read + clean only, documents/s (all cores)", cleanRate.ToString("0", CultureInfo.InvariantCulture)));

        var folder = Path.Combine(Path.GetTempPath(), "marsad-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var collection = await StoreFactory.OpenAsync(Path.Combine(folder, "bench.db"));
            var pipeline = new IngestPipeline(reader);
            var failures = new List<string>();
            var run = await pipeline.RunAsync([options.Corpus], () => Stream.Null, collection, new RunObserver(Problem: p => failures.Add(p.ToString())), CancellationToken.None);
            var ingestDocs = run.Stored + run.Problems.Count;
            var ingestRate = ingestDocs / run.Elapsed.TotalSeconds;
            rows.Add(("ingest: articles stored", run.Stored.ToString("N0", CultureInfo.InvariantCulture)));
            rows.Add(("ingest: inputs reported and skipped", run.Problems.Count.ToString(CultureInfo.InvariantCulture)));
            foreach (var failure in failures.Take(5))
            {
                rows.Add(("  reported", failure));
            }
            rows.Add(("ingest, documents/s (all cores)", ingestRate.ToString("0", CultureInfo.InvariantCulture)));

            foreach (var warm in queries.Take(20))
            {
                await collection.SearchAsync(warm);
            }
            var latencies = new List<double>(queries.Count);
            long hits = 0;
            foreach (var query in queries)
            {
                var clock = Stopwatch.StartNew();
                var result = await collection.SearchAsync(query);
                latencies.Add(clock.Elapsed.TotalMilliseconds);
                hits += result.Total;
            }
            latencies.Sort();
            var p50 = Percentile(latencies, 0.50);
            var p99 = Percentile(latencies, 0.99);
            rows.Add(("search queries", queries.Count.ToString(CultureInfo.InvariantCulture)));
            rows.Add(("search p50 / p99, ms", string.Create(CultureInfo.InvariantCulture, $"{p50:0.00} / {p99:0.00}")));
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0;
            rows.Add(("peak RSS, MB", peak.ToString("0", CultureInfo.InvariantCulture)));

            Measure.Print("Marsad foundation benchmark", rows);
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["tokenize_mb_s"] = Math.Round(tokenizeMbs, 1),
                ["lucene_analyzer_mb_s"] = Math.Round(luceneMbs, 1),
                ["ingest_docs_s"] = Math.Round(ingestRate, 0),
                ["ingest_stored"] = run.Stored,
                ["ingest_failed"] = run.Problems.Count,
                ["search_p50_ms"] = Math.Round(p50, 2),
                ["search_p99_ms"] = Math.Round(p99, 2),
                ["peak_rss_mb"] = Math.Round(peak, 0),
            }));
            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing a benchmark over.
            }
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
