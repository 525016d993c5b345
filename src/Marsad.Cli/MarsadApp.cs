using System.CommandLine;
using Marsad.Cli.Commands;

namespace Marsad.Cli;

/// <summary>Builds the command tree and runs one command line, mapping every outcome to an exit code.</summary>
internal static class MarsadApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = BuildRoot(console);
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            var code = parsed.Invoke(configuration);
            return parsed.Errors.Count > 0 ? ExitCodes.Usage : code;
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"marsad: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (Unwrap(e) is { } failure)
        {
            // The store or a file could not be used (locked, full disk, no permission): every batch
            // stored before this is safe, the one in flight was rolled back. Say why in plain words.
            console.Error.WriteLine($"marsad: {failure.Message}");
            return ExitCodes.SomeFailed;
        }
    }

    /// <summary>The environmental failure behind <paramref name="e"/> (parallel stages wrap theirs), or null for a bug.</summary>
    private static Exception? Unwrap(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            e = aggregate.InnerExceptions[0];
        }
        return e is IOException or UnauthorizedAccessException or Marsad.Store.StoreException ? e : null;
    }

    internal static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand(
            "Marsad (مرصد) reads Arabic news articles, cleans them, stores them and makes them searchable.\n" +
            "Example: marsad ingest ./articles && marsad search \"انسحاب القوات\"");
        root.Add(GlobalOptions.Database);
        root.Add(GlobalOptions.Json);
        root.Add(IngestCommand.Create(console));
        root.Add(AnalyzeCommand.Create(console));
        root.Add(BriefCommand.Create(console));
        root.Add(WhyCommand.Create(console));
        root.Add(WhyStoryCommand.Create(console));
        root.Add(SearchCommand.Create(console));
        root.Add(ShowCommand.Create(console));
        root.Add(ListCommand.Create(console));
        root.Add(StatsCommand.Create(console));
        root.Add(DeleteCommand.Create(console));
        root.Add(ReindexCommand.Create(console));
        root.Add(TrainCommand.Create(console));
        root.Add(TagCommand.Create(console));
        root.Add(EvalCommand.Create(console));
        return root;
    }
}
