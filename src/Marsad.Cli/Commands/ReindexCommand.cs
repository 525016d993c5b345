using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Cli.Output;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad reindex</c>: rebuild the search index from the store.</summary>
internal static class ReindexCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("reindex",
            "Rebuild the search index from the stored articles (after an upgrade of Marsad's Arabic analysis, " +
            "or if the index folder was lost). The articles themselves are not touched.\nExample: marsad reindex");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
            var count = await collection.ReindexAsync(cancellationToken: cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(console.Out, new { Indexed = count, Seconds = Math.Round(clock.Elapsed.TotalSeconds, 3) });
            }
            else
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} articles indexed in {clock.Elapsed.TotalSeconds:0.0} s"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
