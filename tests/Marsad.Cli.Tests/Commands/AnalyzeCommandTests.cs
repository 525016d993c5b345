using System.Text.Json;
using Marsad.Cli.Tests.Support;

namespace Marsad.Cli.Tests.Commands;

public class AnalyzeCommandTests
{
    private const string Withdrawal =
        "القوات الأجنبية تبدأ مغادرة القاعدة الجوية\n\n" +
        "الاثنين 3 فبراير 2025\n\n" +
        "أعلنت وزارة الدفاع، أمس الأحد، أن نحو 500 جندي أجنبي غادروا قاعدة الحرية الجوية. " +
        "وقال المتحدث باسم الوزارة، العميد سامر الحديثي، إن \"المرحلة الثانية تبدأ الشهر المقبل\".\n" +
        "وأضاف الحديثي أن أكثر من 20 طائرة نقلت المعدات.";

    [Fact]
    public void Analyze_WithOut_WritesAContractFileWithEveryKindOfItem()
    {
        using var folder = new TempFolder();
        var input = folder.Write("withdrawal.txt", Withdrawal);
        var output = Path.Combine(folder.Path, "analysis.json");

        var run = CliRun.Invoke("analyze", input, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 article analysed", run.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var doc = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("2025-02-03", doc.GetProperty("published").GetString());
        Assert.Contains(doc.GetProperty("dates").EnumerateArray(), d => d.GetProperty("value").GetString() == "2025-02-02");
        Assert.Contains(doc.GetProperty("quantities").EnumerateArray(), q => q.GetProperty("value").GetDouble() == 500);
        Assert.Contains(doc.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("cue").GetString() == "قال");
        Assert.NotEmpty(json.RootElement.GetProperty("entities").EnumerateArray());
        Assert.NotEmpty(json.RootElement.GetProperty("generator").GetProperty("models").EnumerateObject());
        AssertKeepsTheContract(output);
    }

    [SharedFact("corpus/seeds")]
    public void Analyze_SeedArticles_KeepTheContract()
    {
        string seeds = SharedInput.PathOf("corpus/seeds");
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "seeds.json");

        var run = CliRun.Invoke("analyze", seeds, "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(seeds).Length, documents.Count);
        Assert.All(documents, d => Assert.NotEmpty(d.GetProperty("mentions").EnumerateArray()));
        Assert.Contains(documents, d => d.GetProperty("quotes").GetArrayLength() > 0);
        AssertKeepsTheContract(output);
    }

    [Fact]
    public void Analyze_WithoutOut_PrintsAReadableSummary()
    {
        using var folder = new TempFolder();
        var input = folder.Write("withdrawal.txt", Withdrawal);

        var run = CliRun.Invoke("analyze", input);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("القوات الأجنبية تبدأ مغادرة القاعدة الجوية", run.Out, StringComparison.Ordinal);
        Assert.Contains("dates:", run.Out, StringComparison.Ordinal);
        Assert.Contains("quote:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_WithJson_PrintsTheContractOnStandardOutput()
    {
        using var folder = new TempFolder();
        var input = folder.Write("withdrawal.txt", Withdrawal);

        var run = CliRun.Invoke("--json", "analyze", input);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("1", json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Analyze_BadInputAmongGood_ReportsItByNameAndAnalysesTheRest()
    {
        using var folder = new TempFolder();
        folder.Write("a-empty.txt", "");
        folder.Write("b-good.txt", Withdrawal);
        var output = Path.Combine(folder.Path, "out.json");

        var run = CliRun.Invoke("analyze", folder.Path, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a-empty.txt", run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void Analyze_OutIntoAMissingFolder_IsAUsageError()
    {
        using var folder = new TempFolder();
        var input = folder.Write("withdrawal.txt", Withdrawal);

        var run = CliRun.Invoke("analyze", input, "--out", Path.Combine(folder.Path, "no", "such", "out.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_WithDb_StoresTheAnalysisAndShowDisplaysIt()
    {
        using var folder = new TempFolder();
        var input = folder.Write("withdrawal.txt", Withdrawal);
        var db = Path.Combine(folder.Path, "store.db");

        var analyze = CliRun.Invoke("--db", db, "analyze", input);
        var show = CliRun.Invoke("--db", db, "show", input);
        var showJson = CliRun.Invoke("--db", db, "--json", "show", input);

        Assert.Equal(0, analyze.ExitCode);
        Assert.Contains("stored: 1", analyze.Out, StringComparison.Ordinal);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("analysis (marsad", show.Out, StringComparison.Ordinal);
        Assert.Contains("quote:", show.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(showJson.Out);
        Assert.Equal(1, json.RootElement.GetProperty("analysis").GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void Analyze_ACopyUnderANewHeadline_IsMarkedAndItsActorsAreOneAcrossArticles()
    {
        using var folder = new TempFolder();
        const string body =
            "أعلنت وزارة الدفاع العراقية، الأحد، أن نحو 500 جندي أجنبي غادروا قاعدة الحرية الجوية شمال بغداد ضمن المرحلة الأولى من خطة الانسحاب. " +
            "وقال المتحدث باسم الوزارة، العميد سامر الحديثي، إن المرحلة الثانية تبدأ الشهر المقبل وتشمل قاعدتين في غرب البلاد. " +
            "وأضاف الحديثي أن أكثر من 20 طائرة نقلت المعدات خلال الأيام الثلاثة الماضية، وأن القوات العراقية تسلمت المواقع كاملة.";
        folder.Write("in/a.json", "{\"id\":\"wire-1\",\"title\":\"القوات الأجنبية تبدأ مغادرة القاعدة\",\"published\":\"2025-02-03\",\"outlet\":\"وكالة\",\"text\":\"" + body + "\"}");
        folder.Write("in/b.json", "{\"id\":\"repub-1\",\"title\":\"500 جندي يغادرون قاعدة الحرية\",\"published\":\"2025-02-04\",\"outlet\":\"صحيفة\",\"text\":\"" + body + "\"}");
        folder.Write("in/c.json", "{\"id\":\"other-1\",\"title\":\"الحديثي: المرحلة الثانية الشهر المقبل\",\"published\":\"2025-02-05\",\"outlet\":\"قناة\",\"text\":\"وقال العميد الحديثي في مؤتمر صحفي ببغداد إن القوات العراقية مستعدة لتسلم القاعدتين في غرب البلاد.\"}");
        var output = Path.Combine(folder.Path, "analysis.json");

        var run = CliRun.Invoke("analyze", Path.Combine(folder.Path, "in"), "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var docs = json.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);
        Assert.Equal("wire-1", docs["repub-1"].GetProperty("duplicateOf").GetString());
        Assert.Equal(JsonValueKind.Null, docs["wire-1"].GetProperty("duplicateOf").ValueKind);
        Assert.Equal(docs["wire-1"].GetProperty("story").GetString(), docs["repub-1"].GetProperty("story").GetString());
        var spokesman = json.RootElement.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "سامر الحديثي");
        Assert.Contains("other-1", spokesman.GetProperty("documents").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains(spokesman.GetProperty("merges").EnumerateArray(), m => m.GetProperty("rule").GetString() == "short-form");
        var rank = Assert.Single(spokesman.GetProperty("roles").EnumerateArray(), r => r.GetProperty("role").GetString() == "العميد");
        Assert.Equal([2025], rank.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        AssertKeepsTheContract(output);
    }

    [Fact]
    public void Analyze_WithoutOut_SumsUpTheActorsAndCopiesAcrossArticles()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Withdrawal);
        folder.Write("b.txt", "نسخة منشورة\n\n" + Withdrawal[(Withdrawal.IndexOf("\n\n", StringComparison.Ordinal) + 2)..]);

        var run = CliRun.Invoke("analyze", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("■ across the 2 articles", run.Out, StringComparison.Ordinal);
        Assert.Contains("— 2 articles", run.Out, StringComparison.Ordinal);
        Assert.Contains("copy: ", run.Out, StringComparison.Ordinal);
    }

    private static void AssertKeepsTheContract(string path)
    {
        // The C# side of the check runs everywhere; the contract's own checker where python3 is.
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var doc in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            string text = doc.GetProperty("text").GetString()!;
            foreach (string kind in new[] { "mentions", "dates", "quantities", "quotes" })
            {
                foreach (var item in doc.GetProperty(kind).EnumerateArray())
                {
                    int start = item.GetProperty("start").GetInt32(), end = item.GetProperty("end").GetInt32();
                    Assert.Equal(item.GetProperty("text").GetString(), text[start..end]);
                }
            }
        }
        if (ContractChecker.Check(path) is { } result)
        {
            Assert.True(result.ExitCode == 0, result.Output);
        }
    }
}
