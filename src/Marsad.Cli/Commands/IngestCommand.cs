using System.CommandLine;
using System.Globalization;
using Marsad.Cli.Output;
using Marsad.Cli.Pipeline;
using Marsad.Ingest;
using Marsad.Ingest.Outlets;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad ingest PATH...</c>: read, clean, store and index articles.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders to read (folders are read recursively), or - for standard input. " +
                          "Reads .txt, .html/.htm, .json, .jsonl and .jsonl.gz.",
            Arity = ArgumentArity.OneOrMore,
        };
        var maxSize = new Option<string>("--max-size")
        {
            Description = "The largest single article accepted, e.g. 20MB (default) or 500KB. Larger ones are reported and skipped; " +
                          "a big .jsonl.gz corpus is fine, since it is read one line at a time.",
            DefaultValueFactory = _ => "20MB",
            HelpName = "SIZE",
        };
        var outlets = new Option<string?>("--outlets")
        {
            Description = "A TSV file of extra outlet names (canonical name, then aliases and web domains, tab-separated) " +
                          "so that e.g. \"الشرق الأوسط\", aawsat and aawsat.com are filed as one outlet.",
            HelpName = "FILE",
        };
        var command = new Command("ingest",
            "Read Arabic news articles, clean them (menus, bylines, 'اقرأ أيضا' lists removed), and store and index them.\n" +
            "Re-ingesting is safe: unchanged articles are skipped, changed ones updated.\n" +
            "Examples:\n" +
            "  marsad ingest ~/news/iraq/\n" +
            "  marsad ingest export.jsonl.gz page.html notes.txt\n" +
            "  cat article.txt | marsad ingest -")
        {
            paths, maxSize, outlets,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(console, parse, parse.GetValue(paths)!, parse.GetValue(maxSize)!, parse.GetValue(outlets), cancellationToken)));
        return command;
    }

    private static int Run(CliConsole console, ParseResult parse, string[] paths, string maxSize, string? outletsFile, CancellationToken cancellationToken)
    {
        var json = parse.GetValue(GlobalOptions.Json);
        if (outletsFile is not null && !File.Exists(outletsFile))
        {
            throw new UsageException($"--outlets '{outletsFile}': no such file.");
        }
        var options = IngestOptions.Default with
        {
            MaxArticleBytes = ByteSize.Parse(maxSize, "--max-size"),
            Outlets = outletsFile is null ? OutletTable.Default : OutletTable.Load(outletsFile),
        };
        var reader = new ArticleReader(options);
        using var collection = StoreOpener.Open(parse);
        var pipeline = new IngestPipeline(reader, collection);

        IngestRun run;
        if (!json && console.ErrorIsTerminal)
        {
            run = RunWithProgress(console, pipeline, paths, cancellationToken);
        }
        else
        {
            if (!json)
            {
                pipeline.Problem += p => console.Error.WriteLine($"marsad: {p}");
            }
            run = pipeline.Run(paths, console.OpenInput, cancellationToken);
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

    private static IngestRun RunWithProgress(CliConsole console, IngestPipeline pipeline, string[] paths, CancellationToken cancellationToken)
    {
        var ansi = console.CreateAnsiError();
        var documents = new DocumentsColumn();
        IngestRun? run = null;
        ansi.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), documents, new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingest", maxValue: 1);
                task.IsIndeterminate = true;
                using var estimating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var estimate = Task.Run(() => InputEstimate.Count(paths.Where(p => p != IngestPipeline.StandardInput), estimating.Token), estimating.Token);
                pipeline.Problem += p => ansi.MarkupLineInterpolated($"[yellow]marsad:[/] {p.ToString()}");
                pipeline.Progress += handled =>
                {
                    if (task.IsIndeterminate && estimate.IsCompletedSuccessfully && estimate.Result > 0)
                    {
                        task.MaxValue = Math.Max(estimate.Result, handled);
                        task.IsIndeterminate = false;
                    }
                    task.Value = Math.Min(handled, task.MaxValue);
                    documents.Report(handled);
                };
                run = pipeline.Run(paths, console.OpenInput, cancellationToken);
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
