using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marsad.Core.Documents;
using Marsad.App;
using Marsad.Extraction.Entities;

namespace Marsad.Bench;

/// <summary>
/// <c>analyze</c>: full per-article extraction (names, linking, dates, counts, quotes) over the
/// first N corpus articles on all cores, against Lucene.NET's ArabicAnalyzer reading the same
/// texts on one thread. The ratio is our wall time over Lucene's: how many "plain analyser
/// passes" a full analysis costs on this machine.
/// </summary>
internal static class AnalyzeSuite
{
    public static int Run(BenchOptions options)
    {
        var rows = new List<(string Name, string Value)>();
        var (entries, bytes) = CorpusTexts.Load(options.Corpus, options.Limit);
        var megabytes = bytes / 1_000_000.0;
        var articles = entries.Select((e, i) => new Article(
            i.ToString(CultureInfo.InvariantCulture), options.Corpus, e.Title, e.Text, null, e.Outlet,
            PublicationTime.TryParse(e.Published, out var published) ? published : null, null)).ToList();
        var texts = entries.Select(e => e.Text).ToList();
        rows.Add(("articles", articles.Count.ToString("N0", CultureInfo.InvariantCulture)));
        rows.Add(("article text, MB (UTF-8)", megabytes.ToString("0.0", CultureInfo.InvariantCulture)));
        rows.Add(("cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)));

        // Load models and JIT on a slice first; model loading is a once-per-process cost.
        var recognizer = options.Teacher is { } teacher ? Marsad.Neural.TeacherFiles.Recognizer(teacher) : EntityRecognizer.LoadShipped();
        rows.Add(("tagger", recognizer.Version));
        var analyzer = new AnalysisPipelineBuilder().WithRecognizer(recognizer).Build().Analyzer;
        foreach (var article in articles.Take(200))
        {
            analyzer.Analyze(article);
        }
        LuceneAnalyzerRun.Run(texts.Take(500).ToList());

        long found = 0;
        TimeSpan pausedBefore = GC.GetTotalPauseDuration();
        int collectionsBefore = GC.CollectionCount(0);
        var ours = Measure.BestOf(3, () =>
        {
            long items = 0;
            TimeSpan pauseAtStart = GC.GetTotalPauseDuration();
            var runClock = Stopwatch.StartNew();
            Parallel.ForEach(articles, () => 0L, (article, _, local) =>
            {
                var a = analyzer.Analyze(article);
                return local + a.Mentions.Count + a.Dates.Count + a.Quantities.Count + a.Quotes.Count;
            }, local => Interlocked.Add(ref items, local));
            found = items;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run: {runClock.Elapsed.TotalSeconds:0.00} s, GC pauses {(GC.GetTotalPauseDuration() - pauseAtStart).TotalSeconds:0.00} s"));
            return items;
        });
        // Over the three timed runs: how much of the wall time the garbage collector held the threads.
        double pausedShare = (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds / (3 * ours.TotalSeconds);
        int collections = GC.CollectionCount(0) - collectionsBefore;
        var lucene = Measure.BestOf(3, () => LuceneAnalyzerRun.Run(texts));

        // Where the time goes: each stage alone, one thread, on the same texts (after the full run, so all warm).
        var stageTexts = texts.Take(Math.Min(texts.Count, 1000)).ToList();
        double stageMb = stageTexts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t)) / 1_000_000.0;
        var names = stageTexts.Select(recognizer.Find).ToList();
        var stageDates = stageTexts.Select(t => Marsad.Extraction.Dates.DateFinder.Find(t, null)).ToList();
        foreach (var (stage, work) in new (string, Func<long>)[]
        {
            ("names", () => stageTexts.Sum(t => (long)recognizer.Find(t).Count)),
            ("dates", () => stageTexts.Sum(t => (long)Marsad.Extraction.Dates.DateFinder.Find(t, null).Count)),
            ("quantities", () => stageTexts.Sum(t => (long)Marsad.Extraction.Quantities.QuantityFinder.Find(t).Count)),
            ("quotes", () => stageTexts.Select((t, i) => (long)Marsad.Extraction.Quotes.QuoteFinder.Find(t, names[i], stageDates[i]).Count).Sum()),
            ("linking", () => names.Sum(n => (long)Marsad.Extraction.Entities.Linking.MentionLinker.Link(n).Entities.Count)),
        })
        {
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var elapsed = Measure.BestOf(1, work);
            double allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1_000_000.0;
            rows.Add(($"  stage {stage}, MB/s (1 thread)", (stageMb / elapsed.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture)));
            rows.Add(($"  stage {stage}, MB allocated per MB of text", (allocated / stageMb).ToString("0.0", CultureInfo.InvariantCulture)));
        }

        double docsPerSecond = articles.Count / ours.TotalSeconds;
        double mbPerSecond = megabytes / ours.TotalSeconds;
        double luceneMbs = megabytes / lucene.TotalSeconds;
        double ratio = ours.TotalSeconds / lucene.TotalSeconds;
        double peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0;
        rows.Add(("items found (mentions+dates+counts+quotes)", found.ToString("N0", CultureInfo.InvariantCulture)));
        rows.Add(("full extraction, documents/s (all cores)", docsPerSecond.ToString("0", CultureInfo.InvariantCulture)));
        rows.Add(("full extraction, MB/s (all cores)", mbPerSecond.ToString("0.00", CultureInfo.InvariantCulture)));
        rows.Add(("Lucene ArabicAnalyzer, MB/s (1 thread)", luceneMbs.ToString("0.0", CultureInfo.InvariantCulture)));
        rows.Add(("ratio to Lucene (our wall / Lucene wall)", ratio.ToString("0.00", CultureInfo.InvariantCulture)));
        rows.Add(("GC pauses, share of extraction wall time", pausedShare.ToString("P1", CultureInfo.InvariantCulture)));
        rows.Add(("GC collections during the three timed runs", collections.ToString(CultureInfo.InvariantCulture)));
        rows.Add(("peak RSS, MB", peak.ToString("0", CultureInfo.InvariantCulture)));
        Measure.Print("Marsad analyze benchmark", rows);
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["docs"] = articles.Count,
            ["docs_s"] = Math.Round(docsPerSecond, 0),
            ["mb_s"] = Math.Round(mbPerSecond, 2),
            ["lucene_analyzer_mb_s"] = Math.Round(luceneMbs, 1),
            ["ratio_to_lucene"] = Math.Round(ratio, 2),
            ["peak_rss_mb"] = Math.Round(peak, 0),
        }));
        return 0;
    }
}
