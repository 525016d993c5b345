using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marsad.Text;
using Marsad.Core.Digests;
using Marsad.Core.Documents;
using Marsad.Core.Stories;
using Marsad.Extraction.Analysis;
using Marsad.Extraction.Digests;
using Marsad.Stories;

namespace Marsad.Bench;

/// <summary>
/// <c>story</c>: a whole corpus end to end — read, analyse and digest every article on all cores
/// (the digest is per-article work, so it counts in <c>analyze_s</c>, as a store computes it when
/// it stores the analysis; the digest keeps no reference to the analysis, as one read from a store), then the
/// collection stages (resolution, duplicates, stories, timeline, conflicts, positions) — and then
/// the cost of adding 1,000 new articles to that analysed collection: the new articles are
/// analysed, the old analyses are reused, and the collection stages run again with the builder
/// that built the collection, so what they read from each old article alone is not read again.
/// </summary>
internal static class StorySuite
{
    private const int Added = 1000;

    public static int Run(BenchOptions options)
    {
        var rows = new List<(string Name, string Value)>();
        var builder = new StoryBuilder(StoryOptions.Default);
        var analyzer = new Marsad.App.AnalysisPipelineBuilder().Build().Analyzer;

        // Models load and the JIT warms on a slice, outside the clock: once-per-process costs.
        var (warm, _) = CorpusTexts.Load(options.Corpus, 300);
        builder.Build(AnalyzeAll(analyzer, Articles(warm, options.Corpus)));

        var clock = Stopwatch.StartNew();
        var (entries, bytes) = CorpusTexts.Load(options.Corpus, options.Limit);
        List<Article> articles = Articles(entries, options.Corpus);
        double readS = clock.Elapsed.TotalSeconds;
        DocumentDigest[] analyses = AnalyzeAll(analyzer, articles);
        double analyzeS = clock.Elapsed.TotalSeconds - readS;
        var stages = new List<(string Name, TimeSpan Time)>();
        StoryAnalysis? story = builder.Build(analyses, (name, time) => stages.Add((name, time)));
        double allS = clock.Elapsed.TotalSeconds;
        double collectionS = allS - readS - analyzeS;
        // What the whole build found is read now and the story let go: a collection that grows
        // replaces its story (a store keeps the new one) and never holds two at once.
        (string Name, string Value)[] found =
        [
            ("actors", story.Entities.Count.ToString("N0", CultureInfo.InvariantCulture)),
            ("duplicate articles", story.DuplicateOf.Count.ToString("N0", CultureInfo.InvariantCulture)),
            ("stories (2+ articles)", story.Stories.Count(s => s.Documents.Count > 1).ToString("N0", CultureInfo.InvariantCulture)),
            ("timeline entries", story.Timeline.Count.ToString("N0", CultureInfo.InvariantCulture)),
            ("conflicts", story.Conflicts.Count.ToString("N0", CultureInfo.InvariantCulture)),
        ];
        story = null;

        // Adding 1,000: the collection held all but the last thousand; those arrive now.
        int kept = Math.Max(0, analyses.Length - Added);
        var earlier = analyses[..kept];
        builder.Build(earlier);
        var addClock = Stopwatch.StartNew();
        DocumentDigest[] fresh = AnalyzeAll(analyzer, articles[kept..]);
        double addAnalyzeS = addClock.Elapsed.TotalSeconds;
        var addStages = new List<(string Name, TimeSpan Time)>();
        StoryAnalysis grown = builder.Build([.. earlier, .. fresh], (name, time) => addStages.Add((name, time)));
        double addS = addClock.Elapsed.TotalSeconds;

        double peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0;
        rows.Add(("articles", articles.Count.ToString("N0", CultureInfo.InvariantCulture)));
        rows.Add(("article text, MB (UTF-8)", (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture)));
        rows.Add(("cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)));
        rows.Add(("read corpus, s", readS.ToString("0.00", CultureInfo.InvariantCulture)));
        rows.Add(("analyse articles, s", analyzeS.ToString("0.00", CultureInfo.InvariantCulture)));
        rows.Add(("collection stages, s", collectionS.ToString("0.00", CultureInfo.InvariantCulture)));
        foreach (var (name, time) in stages)
        {
            rows.Add(($"  {name}, s", time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)));
        }
        rows.Add(("end to end, s", allS.ToString("0.00", CultureInfo.InvariantCulture)));
        rows.Add(($"add {Added:N0} articles, s", addS.ToString("0.00", CultureInfo.InvariantCulture)));
        rows.Add(("  analyse them, s", addAnalyzeS.ToString("0.00", CultureInfo.InvariantCulture)));
        foreach (var (name, time) in addStages)
        {
            rows.Add(($"  {name}, s", time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)));
        }
        rows.AddRange(found);
        rows.Add(("articles after adding", grown.Documents.Count.ToString("N0", CultureInfo.InvariantCulture)));
        rows.Add(("peak working set, MB", peakMb.ToString("0", CultureInfo.InvariantCulture)));
        Measure.Print("story: end to end over a corpus", rows);
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["docs"] = articles.Count,
            ["analyze_all_s"] = Math.Round(allS, 2),
            ["analyze_s"] = Math.Round(analyzeS, 2),
            ["collection_s"] = Math.Round(collectionS, 2),
            ["add_1000_s"] = Math.Round(addS, 2),
            ["peak_rss_mb"] = Math.Round(peakMb),
        }));
        return 0;
    }

    private static List<Article> Articles(List<CorpusEntry> entries, string corpus) =>
        [.. entries.Select((e, i) => new Article(
            i.ToString(CultureInfo.InvariantCulture), corpus, e.Title, e.Text, null, e.Outlet,
            PublicationTime.TryParse(e.Published, out var published) ? published : null, null))];

    /// <summary>Every article analysed and digested on all cores, in input order.</summary>
    private static DocumentDigest[] AnalyzeAll(ArticleAnalyzer analyzer, IReadOnlyList<Article> articles)
    {
        var results = new DocumentDigest[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var read = AnalyzedText.Of(articles[i].Text);
            results[i] = DigestBuilder.Build(analyzer.Analyze(articles[i], read), read) with { Analysis = null };
        });
        return results;
    }
}
