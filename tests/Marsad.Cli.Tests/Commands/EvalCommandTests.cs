using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marsad.Cli.Tests.Support;

namespace Marsad.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EvalNer_OneRightAndOneWrongEntity_ScoresFiftyPercent()
    {
        var file = _temp.Write("tagged.txt",
            "قال O O\nمحمد B-PERS B-PERS\nالسوداني I-PERS I-PERS\nفي O O\nبغداد B-LOC O\n\n");

        var run = CliRun.Invoke("eval", "ner", file, "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var overall = doc.RootElement.GetProperty("overall");
        Assert.Equal(2, overall.GetProperty("gold").GetInt32());
        Assert.Equal(1, overall.GetProperty("correct").GetInt32());
        Assert.Equal(100.0, overall.GetProperty("precision").GetDouble());
        Assert.Equal(50.0, overall.GetProperty("recall").GetDouble());
    }

    [Fact]
    public void EvalNer_MalformedLine_NamesTheFileAndLine()
    {
        var file = _temp.Write("bad.txt", "قال O O\nمحمد B-PERS\n");

        var run = CliRun.Invoke("eval", "ner", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalTimeMl_FolderOfGold_ReportsSharesAsJson()
    {
        _temp.Write(Path.Combine("tml", "doc1.tml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>\n\uFEFFقال " +
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2015-12-23\">أمس</TIMEX3> إن ما حدث في " +
            "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1887\">العام 1887</TIMEX3> مهم\n</TimeML>\n");

        var run = CliRun.Invoke("eval", "timeml", _temp.File("tml"), "--published", "2015-12-24", "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(1, doc.RootElement.GetProperty("yearNamed").GetProperty("found").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("calendar").GetProperty("found").GetInt32());
        Assert.Equal(0, doc.RootElement.GetProperty("predictedOutsideGold").GetInt32());
    }

    [Fact]
    public void EvalTimeMl_MissingFolder_NamesIt()
    {
        var run = CliRun.Invoke("eval", "timeml", _temp.File("nowhere"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nowhere", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalStances_ReadsEveryLabelFileGiven_AndScoresEachSplit()
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.Samples, "sahel-mission-drawdown.txt"));
        string Label(string id, string split, string words, string stance)
        {
            int start = text.IndexOf(words, StringComparison.Ordinal);
            string sha = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(words)))[..10];
            return $"{id}\t{split}\tsample\tsahel-mission-drawdown.txt\t{start}\t{start + words.Length}\t{sha}\tمتحدث\tسحب بعثة الأمم المتحدة قواتها من شمال مالي\t{stance}\tnote\n";
        }
        const string header = "# item_id\tsplit\tsource\tdoc\tquote_start\tquote_end\tquote_sha1\tspeaker\tquestion\tstance\tnote\n";
        var first = _temp.Write("a.tsv", header + Label("x1", "dev", "مقامرة أمنية", "against"));
        var second = _temp.Write("b.tsv", header + Label("x2", "test", "الانسحاب سيتم على مراحل، ولن نترك فراغا أمنيا", "for"));

        var run = CliRun.Invoke("eval", "stances", "--labels", first, second, "--samples", RepoPaths.Samples, "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(1, doc.RootElement.GetProperty("dev").GetProperty("items").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("test").GetProperty("items").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("all").GetProperty("items").GetInt32());
    }
}
