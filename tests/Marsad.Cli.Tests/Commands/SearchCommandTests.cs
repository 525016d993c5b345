using System.Text.Json;
using Marsad.Cli.Tests.Support;

namespace Marsad.Cli.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public SearchCommandTests() => CliRun.Invoke("ingest", RepoPaths.Samples, "--db", _temp.Database);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Search_Json_HasTheDocumentedShapeAndHighlightsInsideTheSnippet()
    {
        var run = CliRun.Invoke("search", "دجلة", "--db", _temp.Database, "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("total").GetInt32() >= 3);
        foreach (var result in root.GetProperty("results").EnumerateArray())
        {
            foreach (var name in new[] { "id", "title", "outlet", "published", "score", "snippet", "highlights" })
            {
                Assert.True(result.TryGetProperty(name, out _), $"result lacks \"{name}\"");
            }
            var snippet = result.GetProperty("snippet").GetString()!;
            var highlights = result.GetProperty("highlights").EnumerateArray().ToList();
            Assert.NotEmpty(highlights);
            foreach (var span in highlights)
            {
                var start = span[0].GetInt32();
                var end = span[1].GetInt32();
                Assert.InRange(start, 0, end - 1);
                Assert.InRange(end, start + 1, snippet.Length);
                Assert.Contains("دجلة", snippet[start..end], StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Search_DiacritisedArticle_IsFoundByThePlainSpellingAndHighlightedOnItsOwnLetters()
    {
        var run = CliRun.Invoke("search", "الحمار", "--db", _temp.Database, "--json");

        using var doc = JsonDocument.Parse(run.Out);
        var result = Assert.Single(doc.RootElement.GetProperty("results").EnumerateArray());
        var snippet = result.GetProperty("snippet").GetString()!;
        var span = result.GetProperty("highlights")[0];
        Assert.Equal("الحَمّار", snippet[span[0].GetInt32()..span[1].GetInt32()]);
    }

    [Fact]
    public void Search_PagingAndTotal_AreConsistent()
    {
        var all = JsonDocument.Parse(CliRun.Invoke("search", "", "--db", _temp.Database, "--json", "--take", "100").Out);
        var page = JsonDocument.Parse(CliRun.Invoke("search", "", "--db", _temp.Database, "--json", "--skip", "2", "--take", "2").Out);

        Assert.Equal(7, all.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(7, page.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, page.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Search_OutletAndDateFilters_NarrowTheResults()
    {
        var byOutlet = JsonDocument.Parse(CliRun.Invoke("search", "", "--outlet", "الخليج اليومي", "--db", _temp.Database, "--json").Out);
        var byDate = JsonDocument.Parse(CliRun.Invoke("search", "", "--from", "2025-06-16", "--to", "2025-06-16", "--db", _temp.Database, "--json").Out);

        Assert.Equal(1, byOutlet.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(1, byDate.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Search_SortedNewestFirst_ReturnsDescendingDates()
    {
        var run = JsonDocument.Parse(CliRun.Invoke("search", "", "--sort", "newest", "--db", _temp.Database, "--json").Out);

        var dates = run.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("published").GetString()![..10]).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public void Search_FromAfterTo_IsAUsageError()
    {
        var run = CliRun.Invoke("search", "دجلة", "--from", "2025-07", "--to", "2025-06", "--db", _temp.Database);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Search_PlainOutput_MarksMatchesInBrackets()
    {
        var run = CliRun.Invoke("search", "الأهوار", "--db", _temp.Database);

        Assert.Contains("[الأهوار]", run.Out, StringComparison.Ordinal);
    }
}
