using System.CommandLine;
using System.Globalization;
using Marsad.Cli.Output;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad stats</c>: what the store holds.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("stats", "Show what the store holds: articles, outlets, date range and size on disk.\nExample: marsad stats --db newsroom.db");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
            var stats = await collection.GetStatsAsync(cancellationToken);
            var store = stats.Store;
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(console.Out, new
                {
                    Articles = store.Count,
                    Indexed = stats.IndexedCount,
                    Earliest = store.Earliest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Latest = store.Latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Outlets = store.Outlets.Select(o => new { o.Outlet, o.Count }),
                    DatabaseBytes = store.SizeBytes,
                    IndexBytes = stats.IndexSizeBytes,
                    Database = collection.Paths.DatabasePath,
                });
                return ExitCodes.Ok;
            }
            var invariant = CultureInfo.InvariantCulture;
            var output = console.Out;
            output.WriteLine($"store      {collection.Paths.DatabasePath}");
            output.WriteLine(string.Create(invariant, $"articles   {store.Count:N0} ({stats.IndexedCount:N0} in the search index)"));
            if (store.Earliest is { } earliest && store.Latest is { } latest)
            {
                output.WriteLine(string.Create(invariant, $"published  {earliest:yyyy-MM-dd} … {latest:yyyy-MM-dd}"));
            }
            output.WriteLine(string.Create(invariant, $"size       {Megabytes(store.SizeBytes)} database + {Megabytes(stats.IndexSizeBytes)} index"));
            if (store.Outlets.Count > 0)
            {
                output.WriteLine("outlets");
                foreach (var outlet in store.Outlets)
                {
                    output.WriteLine(string.Create(invariant, $"  {outlet.Count,8:N0}  {outlet.Outlet ?? "(unknown)"}"));
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB");
}
