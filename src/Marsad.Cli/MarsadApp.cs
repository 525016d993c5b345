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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Marsad.Store.StoreException)
        {
            // The store or a file could not be opened at all: nothing was done, say why in plain words.
            console.Error.WriteLine($"marsad: {e.Message}");
            return ExitCodes.SomeFailed;
        }
    }

    internal static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand(
            "Marsad (مرصد) reads Arabic news articles, cleans them, stores them and makes them searchable.\n" +
            "Example: marsad ingest ./articles && marsad search \"انسحاب القوات\"");
        root.Add(GlobalOptions.Database);
        root.Add(GlobalOptions.Json);
        root.Add(IngestCommand.Create(console));
        root.Add(SearchCommand.Create(console));
        root.Add(ShowCommand.Create(console));
        root.Add(ListCommand.Create(console));
        root.Add(StatsCommand.Create(console));
        root.Add(DeleteCommand.Create(console));
        root.Add(ReindexCommand.Create(console));
        root.Add(TrainCommand.Create(console));
        return root;
    }
}
