using System.Diagnostics;
using System.Text.Json;
using Marsad.Cli.Tests.Support;

namespace Marsad.Cli.Tests.Pipeline;

/// <summary>
/// A real process, killed while it ingests: what was stored must be whole batches, and the search
/// index must agree with the store when the collection is next opened.
/// </summary>
public sealed class KilledIngestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Ingest_KilledMidRun_LeavesWholeBatchesAndAnIndexThatAgrees()
    {
        var corpus = Path.Combine(_temp.Path, "many.jsonl");
        using (var writer = new StreamWriter(corpus))
        {
            for (var i = 0; i < 60_000; i++)
            {
                writer.WriteLine(Articles.JsonLine($"doc-{i}", $"خبر رقم {i}", Articles.Floods + $"\nتحديث رقم {i} للخبر عن السيول."));
            }
        }
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(MarsadApp).Assembly.Location, "ingest", corpus, "--db", _temp.Database },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            // Kill once some batches have landed, well before the end.
            var deadline = Stopwatch.StartNew();
            while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60) && StoredCount() < 1000)
            {
                Thread.Sleep(100);
            }
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            process.WaitForExit();
        }

        var stats = CliRun.Invoke("stats", "--db", _temp.Database, "--json");
        using var doc = JsonDocument.Parse(stats.Out);
        var articles = doc.RootElement.GetProperty("articles").GetInt32();
        var indexed = doc.RootElement.GetProperty("indexed").GetInt32();
        Assert.True(articles > 0, "nothing was stored before the kill");
        Assert.Equal(0, articles % 500);
        Assert.Equal(articles, indexed);
        using var search = JsonDocument.Parse(CliRun.Invoke("search", "السيول", "--db", _temp.Database, "--json").Out);
        Assert.Equal(articles, search.RootElement.GetProperty("total").GetInt32());
    }

    /// <summary>Counts stored rows without opening the collection (which would take the index lock).</summary>
    private int StoredCount()
    {
        if (!File.Exists(_temp.Database))
        {
            return 0;
        }
        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_temp.Database};Mode=ReadOnly");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }
}
