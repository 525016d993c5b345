using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.App;
using Marsad.Cli.Output;
using Marsad.Core.Analysis;
using Marsad.Core.Contract;
using Marsad.Core.Digests;
using Marsad.Core.Stories;
using Marsad.Ingest;
using Marsad.Store;
using Marsad.Stories;
using Marsad.Stories.Contract;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad analyze PATH... [--out FILE]</c>: who, when, how many and who said what, per article.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var reading = new ReadingOptions();
        var story = new StoryArguments();
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write the analysis to this JSON file (the contract in shared/contract/analysis.schema.json). " +
                          "Without it a readable summary of each article is printed (or, with --json, the contract on standard output).",
            HelpName = "FILE",
        };
        var command = new Command("analyze",
            "Find the people, organisations and places each article names (short forms linked to the full name), its dates " +
            "(relative ones resolved against the publication date), the counts that matter, and the quotes with their speakers; " +
            "every item points at its characters in the article.\n" +
            "Across articles (with --out or --json) it resolves each actor under all its names, marks duplicate articles, groups " +
            "articles into stories, and builds the timeline, the conflicting claims and the actors' positions.\n" +
            "With --db the articles and their analyses are also stored, and 'marsad show ID' displays them.\n" +
            "Examples:\n" +
            "  marsad analyze ./articles --out analysis.json\n" +
            "  marsad analyze article.html\n" +
            "  marsad --db news.db analyze ./articles");
        reading.AddTo(command);
        story.AddTo(command);
        command.Add(output);
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse, parse.GetValue(reading.Paths)!, parse.GetValue(output), reading.CreateOptions(parse), story.Read(parse), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, ParseResult parse, string[] paths, string? outPath, IngestOptions reading, StoryOptions storyOptions, CancellationToken cancellationToken)
    {
        bool json = parse.GetValue(GlobalOptions.Json);
        if (outPath is not null && Path.GetDirectoryName(Path.GetFullPath(outPath)) is { } folder && !Directory.Exists(folder))
        {
            throw new UsageException($"--out '{outPath}': the folder {folder} does not exist.");
        }
        // Storing is asked for by naming a store; a plain analyze never touches the default one.
        await using Collection? collection = parse.GetValue(GlobalOptions.Database) is null ? null : await StoreOpener.OpenAsync(parse, cancellationToken);
        AnalyzeRun run = await AnalyzeAsync(console, paths, outPath, json, reading, storyOptions, collection, cancellationToken);

        string? storyKept = null;
        if (collection is not null && run.Stored > 0)
        {
            // The store keeps the story of all its articles, brought up to date here, by the
            // command that changed them, so that brief, why and search --entity only read it.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (await StoredStory.RefreshAsync(collection, storyOptions, StoryInput.LeftOut(console), cancellationToken))
            {
                storyKept = string.Create(CultureInfo.InvariantCulture, $"; the story of the store's articles built and kept in {clock.Elapsed.TotalSeconds:0.0} s");
            }
        }

        if (outPath is not null || !json)
        {
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{run.Analyzed} article{(run.Analyzed == 1 ? "" : "s")} analysed in {run.Elapsed.TotalSeconds:0.0} s ({run.DocumentsPerSecond:0} documents/s); " +
                $"{run.Problems.Count} problem{(run.Problems.Count == 1 ? "" : "s")}");
            if (outPath is not null)
            {
                line += $"\nwritten: {outPath}";
            }
            if (collection is not null)
            {
                line += string.Create(CultureInfo.InvariantCulture, $"\nstored: {run.Stored} in {collection.Paths.DatabasePath}{storyKept}");
            }
            (json ? console.Error : console.Out).WriteLine(line);
        }
        return run.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    /// <summary>
    /// Analyses the articles (storing them in <paramref name="collection"/> when given) and writes
    /// the contract or the summaries. The pipeline lives only here: its models and caches are
    /// free again before the store's story is built.
    /// </summary>
    private static async Task<AnalyzeRun> AnalyzeAsync(CliConsole console, string[] paths, string? outPath, bool json, IngestOptions reading, StoryOptions storyOptions, Collection? collection, CancellationToken cancellationToken)
    {
        // The one pipeline of this process: the models load here, once.
        var pipeline = new AnalysisPipelineBuilder().WithIngestOptions(reading).Build().Analyze;
        var analyzer = pipeline.Analyzer;
        var observer = new RunObserver(Problem: p => console.Error.WriteLine($"marsad: {p}"));
        if (outPath is not null)
        {
            return await AtomicFile.WriteAsync(outPath, stream => WriteContractAsync(stream, pipeline, collection, storyOptions, paths, console, observer, cancellationToken));
        }
        if (json)
        {
            // Standard output is a text writer here (tests capture it); the contract is gathered first.
            using var buffer = new MemoryStream();
            AnalyzeRun written = await WriteContractAsync(buffer, pipeline, collection, storyOptions, paths, console, observer, cancellationToken);
            console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            return written;
        }
        var kept = new List<DocumentDigest>();
        AnalyzeRun run = await pipeline.RunAsync(paths, console.OpenInput, digest =>
        {
            WriteSummary(console.Out, digest.Analysis!, analyzer.Generator);
            if (kept.Count <= AcrossLimit)
            {
                kept.Add(digest);
            }
        }, collection, observer, cancellationToken);
        WriteAcross(console.Out, kept, storyOptions);
        return run;
    }

    /// <summary>The contract for the whole collection: every analysis first, then the story built across them.</summary>
    private static async Task<AnalyzeRun> WriteContractAsync(Stream stream, AnalyzePipeline pipeline, Collection? collection, StoryOptions storyOptions, string[] paths, CliConsole console, RunObserver observer, CancellationToken cancellationToken)
    {
        var (digests, run) = await StorySource.GatherAsync(pipeline, paths, console.OpenInput, collection, observer, cancellationToken);
        StoryFileWriter.Write(stream, StoryGenerator.Stamp(pipeline.Analyzer.Generator), new StoryBuilder(storyOptions).Build(digests));
        return run;
    }

    /// <summary>The readable summary sums up the story across at most this many articles; more is a job for --out or brief.</summary>
    private const int AcrossLimit = 2000;

    /// <summary>After the articles: the actors named in several of them, copies, and the disagreements.</summary>
    private static void WriteAcross(TextWriter output, List<DocumentDigest> analyses, StoryOptions options)
    {
        if (analyses.Count < 2)
        {
            return;
        }
        if (analyses.Count > AcrossLimit)
        {
            output.WriteLine($"■ across the articles: more than {AcrossLimit:N0}; use --out FILE or 'marsad brief' for the story across them");
            output.WriteLine();
            return;
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        StoryAnalysis story = new StoryBuilder(options).Build([.. analyses.Where(a => ids.Add(a.Article.Id))]);
        output.WriteLine($"■ across the {story.Documents.Count} articles");
        foreach (var actor in story.Entities.Where(e => e.Documents.Count > 1).OrderByDescending(e => e.Documents.Count).Take(12))
        {
            string aliases = actor.Aliases.Count == 0 ? "" : " = " + string.Join(" = ", actor.Aliases.Take(4));
            output.WriteLine($"  actor: {actor.Name}{aliases} — {actor.Documents.Count} articles");
        }
        foreach (var (copy, original) in story.DuplicateOf)
        {
            output.WriteLine($"  copy: {copy} = {original}");
        }
        foreach (var conflict in story.Conflicts.Take(10))
        {
            string claims = string.Join(" · ", conflict.Claims.Select(c => $"{c.Value} ({c.Outlet ?? c.Evidence.Document}{(c.AsOf is null ? "" : ", " + c.AsOf)})"));
            output.WriteLine($"  {(conflict.Kind == "change" ? "change" : "disagreement")}: {conflict.Topic}: {claims}");
        }
        output.WriteLine("  (the full story: marsad brief, or --out FILE for the contract)");
        output.WriteLine();
    }

    private static void WriteSummary(TextWriter output, DocumentAnalysis analysis, GeneratorStamp generator)
    {
        using var document = JsonDocument.Parse(StoredAnalysisJson.Write(analysis, generator));
        var article = analysis.Article;
        string published = article.Published?.DateIso ?? "undated";
        output.WriteLine($"■ {article.Title ?? "(no title)"} — {article.Outlet ?? "unknown outlet"}, {published}");
        output.WriteLine($"  id: {article.Id}");
        AnalysisView.WriteDocument(output, document.RootElement.GetProperty("documents")[0], AnalysisView.EntitiesById(document.RootElement));
        output.WriteLine();
    }
}
