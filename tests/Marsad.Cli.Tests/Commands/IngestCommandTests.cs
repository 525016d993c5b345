using System.Text;
using System.Text.Json;
using Marsad.Cli.Tests.Support;

namespace Marsad.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Ingest_SampleArticles_StoresEveryArticleAndExitsZero()
    {
        var run = CliRun.Invoke("ingest", RepoPaths.Samples, "--db", _temp.Database, "--json");

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Out);
        Assert.Equal(7, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(0, summary.RootElement.GetProperty("failed").GetInt32());
    }

    [Fact]
    public void Ingest_SameInputsTwice_SecondRunLeavesEverythingUnchanged()
    {
        CliRun.Invoke("ingest", RepoPaths.Samples, "--db", _temp.Database);

        var run = CliRun.Invoke("ingest", RepoPaths.Samples, "--db", _temp.Database, "--json");

        using var summary = JsonDocument.Parse(run.Out);
        Assert.Equal(0, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(7, summary.RootElement.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public void Ingest_BadInputsAmongGoodOnes_ReportsEachByFileAndStoresTheRest()
    {
        _temp.Write("in/good.txt", Articles.Budget);
        _temp.Write("in/empty.txt", "");
        _temp.WriteBytes("in/binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00, 0x7F, 0x00]);
        _temp.Write("in/english.txt", "This page is entirely in English and holds no Arabic at all.\n\nSecond paragraph.");
        _temp.Write("in/lines.jsonl", Articles.JsonLine("a1", "عنوان", Articles.Floods) + "\n{not json\n");

        var run = CliRun.Invoke("ingest", Path.Combine(_temp.Path, "in"), "--db", _temp.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("binary.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("english.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("lines.jsonl#2", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 articles stored", run.Out, StringComparison.Ordinal);
        Assert.Contains("4 problems", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_ArticleOverTheSizeLimit_IsReportedAndSkipped()
    {
        var big = _temp.Write("big.txt", Articles.Budget + "\n" + string.Concat(Enumerable.Repeat("كلمة ", 4000)));
        var small = _temp.Write("small.txt", Articles.Floods);

        var run = CliRun.Invoke("ingest", big, small, "--max-size", "8KB", "--db", _temp.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("big.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 articles stored", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_StandardInput_IsReadWhenPathIsDash()
    {
        var run = CliRun.InvokeWithInput(Articles.Budget, "ingest", "-", "--db", _temp.Database, "--json");

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Out);
        Assert.Equal(1, summary.RootElement.GetProperty("added").GetInt32());
    }

    [Fact]
    public void Ingest_MissingFile_IsReportedWithExitCodeOne()
    {
        var run = CliRun.Invoke("ingest", Path.Combine(_temp.Path, "nowhere.txt"), "--db", _temp.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nowhere.txt", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_BadSizeOption_IsAUsageError()
    {
        var run = CliRun.Invoke("ingest", RepoPaths.Samples, "--max-size", "huge", "--db", _temp.Database);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--max-size", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.5B")]
    [InlineData("NaN")]
    public void Ingest_SizeBelowOneByte_IsAUsageError(string size)
    {
        var run = CliRun.Invoke("ingest", RepoPaths.Samples, "--max-size", size, "--db", _temp.Database);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--max-size", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_MissingOutletsFile_IsAUsageError()
    {
        var run = CliRun.Invoke("ingest", RepoPaths.Samples, "--outlets", Path.Combine(_temp.Path, "none.tsv"), "--db", _temp.Database);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("none.tsv", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_StoreThatIsNotADatabase_IsOneLineAndExitCodeOne()
    {
        var notADatabase = _temp.Write("store/marsad.db", "this is not a SQLite database, just text");

        var run = CliRun.Invoke("ingest", RepoPaths.Samples, "--db", notADatabase);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("marsad.db", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_Windows1256File_IsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _temp.WriteBytes("legacy.txt", Encoding.GetEncoding(1256).GetBytes(Articles.Floods));

        var run = CliRun.Invoke("ingest", Path.Combine(_temp.Path, "legacy.txt"), "--db", _temp.Database);
        var search = CliRun.Invoke("search", "السيول", "--db", _temp.Database, "--json");

        Assert.Equal(0, run.ExitCode);
        using var results = JsonDocument.Parse(search.Out);
        Assert.Equal(1, results.RootElement.GetProperty("total").GetInt32());
    }
}
