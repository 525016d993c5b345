using System.CommandLine;
using System.Globalization;
using Marsad.App;
using Marsad.Cli.Output;
using Marsad.Ingest;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad ingest PATH...</c>: read, clean, store and index articles.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var reading = new ReadingOptions();
        var command = new Command("ingest",
            "Read Arabic news articles, clean them (menus, bylines, 'اقرأ أيضا' lists removed), and store and index them.\n" +
            "Re-ingesting is safe: unchanged articles are skipped, changed ones updated.\n" +
            "Examples:\n" +
            "  marsad ingest ~/news/iraq/\n" +
            "  marsad ingest export.jsonl.gz page.html notes.txt\n" +
            "  cat article.txt | marsad ingest -");
        reading.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse, parse.GetValue(reading.Paths)!, reading.CreateReader(parse), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, ParseResult parse, string[] paths, ArticleReader reader, CancellationToken cancellationToken)
    {
        var json = parse.GetValue(GlobalOptions.Json);
        await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
        // Ingest reads and cleans only: no models to load, so no analysis pipeline to build.
        var pipeline = new IngestPipeline(reader);

        IngestRun run;
        if (!json && console.ErrorIsTerminal)
        {
            run = await RunWithProgressAsync(console, pipeline, collection, paths, cancellationToken);
        }
        else
        {
            var observer = json ? RunObserver.None : new RunObserver(Problem: p => console.Error.WriteLine($"marsad: {p}"));
            run = await pipeline.RunAsync(paths, console.OpenInput, collection, observer, cancellationToken);
        }

        if (json)
        {
            Json.Write(console.Out, new
            {
                run.Added,
                run.Updated,
                run.Unchanged,
                Failed = run.Problems.Count,
                run.FilesRead,
                run.FilesSkipped,
                Seconds = Math.Round(run.Elapsed.TotalSeconds, 3),
                Database = collection.Paths.DatabasePath,
                Problems = run.Problems.Select(p => new { p.Location, p.Reason }),
            });
        }
        else
        {
            console.Out.WriteLine(Summary(run, collection.Paths.DatabasePath));
        }
        return run.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static async Task<IngestRun> RunWithProgressAsync(CliConsole console, IngestPipeline pipeline, Marsad.Store.Collection collection, string[] paths, CancellationToken cancellationToken)
    {
        var ansi = console.CreateAnsiError();
        var documents = new DocumentsColumn();
        IngestRun? run = null;
        await ansi.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), documents, new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingest", maxValue: 1);
                task.IsIndeterminate = true;
                using var estimating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var estimate = Task.Run(() => InputEstimate.Count(paths.Where(p => p != IngestPipeline.StandardInput), estimating.Token), estimating.Token);
                var observer = new RunObserver(
                    Problem: p => ansi.MarkupLineInterpolated($"[yellow]marsad:[/] {p.ToString()}"),
                    Progress: handled =>
                {
                    if (task.IsIndeterminate && estimate.IsCompletedSuccessfully && estimate.Result > 0)
                    {
                        task.MaxValue = Math.Max(estimate.Result, handled);
                        task.IsIndeterminate = false;
                    }
                    task.Value = Math.Min(handled, task.MaxValue);
                    documents.Report(handled);
                });
                run = await pipeline.RunAsync(paths, console.OpenInput, collection, observer, cancellationToken);
                estimating.Cancel();
                task.Value = task.MaxValue;
            });
        return run!;
    }

    private static string Summary(IngestRun run, string database)
    {
        var invariant = CultureInfo.InvariantCulture;
        var line = string.Create(invariant,
            $"{run.Stored} articles stored ({run.Added} new, {run.Updated} updated, {run.Unchanged} unchanged) " +
            $"from {run.FilesRead} file{(run.FilesRead == 1 ? "" : "s")} in {run.Elapsed.TotalSeconds:0.0} s " +
            $"({run.DocumentsPerSecond:0} documents/s); {run.Problems.Count} problem{(run.Problems.Count == 1 ? "" : "s")}");
        if (run.FilesSkipped > 0)
        {
            line += string.Create(invariant, $"; {run.FilesSkipped} file(s) of other types skipped");
        }
        return line + $"\nstore: {database}";
    }
}
