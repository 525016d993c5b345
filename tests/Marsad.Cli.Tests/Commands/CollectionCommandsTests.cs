using System.Text.Json;
using Marsad.Cli.Tests.Support;

namespace Marsad.Cli.Tests.Commands;

/// <summary>show, list, stats, delete and reindex over one small store.</summary>
public sealed class CollectionCommandsTests : IDisposable
{
    private const string WireId = "wire-2025-06-15-001";
    private readonly TempFolder _temp = new();

    public CollectionCommandsTests() => CliRun.Invoke("ingest", RepoPaths.Samples, "--db", _temp.Database);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Show_KnownId_PrintsTheContractFields()
    {
        var run = CliRun.Invoke("show", WireId, "--db", _temp.Database, "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(WireId, doc.RootElement.GetProperty("id").GetString());
        Assert.Equal("2025-06-15", doc.RootElement.GetProperty("published").GetString());
        Assert.StartsWith("أعلنت الحكومة العراقية", doc.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Show_UnknownId_SaysSoWithExitCodeOne()
    {
        var run = CliRun.Invoke("show", "no-such-article", "--db", _temp.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-article", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_ByOutlet_GivesOnlyThatOutletsArticles()
    {
        var run = CliRun.Invoke("list", "--outlet", "وكالة المشرق للأنباء", "--db", _temp.Database, "--json");

        using var doc = JsonDocument.Parse(run.Out);
        var item = Assert.Single(doc.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal(WireId, item.GetProperty("id").GetString());
    }

    [Fact]
    public void Stats_CountsArticlesAndOutlets()
    {
        var run = CliRun.Invoke("stats", "--db", _temp.Database, "--json");

        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(7, doc.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(7, doc.RootElement.GetProperty("indexed").GetInt32());
        Assert.Equal("2025-06-14", doc.RootElement.GetProperty("earliest").GetString());
    }

    [Fact]
    public void Delete_RemovesTheArticleFromStoreAndSearch()
    {
        var before = SearchTotal("أنقرة");

        var run = CliRun.Invoke("delete", WireId, "--db", _temp.Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before - 1, SearchTotal("أنقرة"));
        Assert.Equal(1, CliRun.Invoke("show", WireId, "--db", _temp.Database).ExitCode);
    }

    [Fact]
    public void Delete_UnknownId_ExitsOne()
    {
        Assert.Equal(1, CliRun.Invoke("delete", "nothing-here", "--db", _temp.Database).ExitCode);
    }

    [Fact]
    public void Reindex_AfterTheIndexFolderIsLost_RestoresSearch()
    {
        var before = SearchTotal("دجلة");
        Directory.Delete(Path.ChangeExtension(_temp.Database, ".index"), recursive: true);

        var run = CliRun.Invoke("reindex", "--db", _temp.Database, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, SearchTotal("دجلة"));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("show")]
    [InlineData("search", "--take", "many", "x")]
    public void BadCommandLine_ExitsTwo(params string[] args)
    {
        Assert.Equal(2, CliRun.Invoke(args).ExitCode);
    }

    [Fact]
    public void Help_ShowsArabicExamples()
    {
        var run = CliRun.Invoke("search", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("انسحاب القوات", run.Out, StringComparison.Ordinal);
    }

    private int SearchTotal(string query)
    {
        using var doc = JsonDocument.Parse(CliRun.Invoke("search", query, "--db", _temp.Database, "--json").Out);
        return doc.RootElement.GetProperty("total").GetInt32();
    }
}
