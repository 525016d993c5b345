using System.Text;
using System.Text.Json;
using Marsad.Cli.Tests.Support;

namespace Marsad.Cli.Tests.Commands;

/// <summary>train ner → tag --conll → eval ner, end to end on small hand-made data.</summary>
public sealed class TagCommandTests : IDisposable
{
    private static readonly string[] Names = ["سليم", "نادر", "هشام", "وليد", "كريم", "ماجد", "رامي", "فادي"];
    private static readonly string[] Cities = ["حلب", "صور", "جدة", "وهران", "سوسة", "الزرقاء"];
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TagConll_AfterTrainNer_WritesGoldAndPredictedColumnsThatEvalScores()
    {
        var train = _temp.Write("train.txt", Sentences(Names[..6], Cities[..4]));
        var test = _temp.Write("test.txt", Sentences(Names[6..], Cities[4..]));
        var model = _temp.File("ner.model");

        Assert.Equal(0, CliRun.Invoke("train", "ner", "--train", train, "--out", model, "--epochs", "5").ExitCode);
        var tagged = CliRun.Invoke("tag", "--conll", test, "--model", model);
        var scored = CliRun.Invoke("eval", "ner", _temp.Write("tagged.txt", tagged.Out), "--json");

        Assert.Equal(0, tagged.ExitCode);
        var lines = tagged.Out.Split('\n');
        Assert.All(lines.Where(l => l.Length > 0), l => Assert.Equal(3, l.Split(' ').Length));
        Assert.Equal(File.ReadAllText(test).Split('\n').Count(l => l.Length == 0), lines.Count(l => l.Length == 0));
        using var doc = JsonDocument.Parse(scored.Out);
        Assert.True(doc.RootElement.GetProperty("overall").GetProperty("f1").GetDouble() > 50);
    }

    [Fact]
    public void TagConll_WithoutModel_TagsWithTheShippedModelInTheInputsLabels()
    {
        var test = _temp.Write("test.txt", "وصل O\nالوزير O\nإلى O\nبغداد B-LOC\nأمس O\n\n");

        var tagged = CliRun.Invoke("tag", "--conll", test);

        Assert.Equal(0, tagged.ExitCode);
        Assert.Contains("بغداد B-LOC B-LOC", tagged.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TagConll_ModelFileWithoutClusters_ReadsItWithTheShippedClusters()
    {
        var test = _temp.Write("test.txt", "وقال O\nالرئيس O\nالفرنسي O\nإيمانويل B-PERS\nماكرون I-PERS\nفي O\nباريس B-LOC\nإن O\nالاتفاق O\nقائم O\n. O\n\n");
        var shipped = Path.Combine(RepoPaths.Root, "src", "Marsad.Extraction", "Resources", "ner.model");

        var byDefault = CliRun.Invoke("tag", "--conll", test);
        var byFile = CliRun.Invoke("tag", "--conll", test, "--model", shipped);

        Assert.Equal(0, byFile.ExitCode);
        Assert.Equal(byDefault.Out, byFile.Out);
    }

    [Fact]
    public void TrainNer_WithUnlabelledNews_AddsAgreedSentencesAndRecordsHow()
    {
        var train = _temp.Write("train.txt", Sentences(Names[..6], Cities[..4]));
        var news = _temp.Write("news.txt", "قال الرئيس " + Names[7] + " في مدينة " + Cities[5] + " أمس إن الاتفاق ما زال قائما حتى اليوم.\n\n" +
            "وأضاف الرئيس " + Names[6] + " في مدينة " + Cities[4] + " أمس أن المحادثات ستستأنف قريبا جدا.\n");
        var model = _temp.File("ner.model");

        var run = CliRun.Invoke("train", "ner", "--train", train, "--out", model, "--epochs", "5", "--unlabelled", news, "--stride", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("self-training: 2 agreed sentences", run.Error, StringComparison.Ordinal);
        var tagged = CliRun.Invoke("tag", "--conll", _temp.Write("one.txt", "قال O\nالرئيس O\n" + Names[7] + " B-PERS\nأمس O\n\n"), "--model", model);
        Assert.Equal(0, tagged.ExitCode);
    }

    [Fact]
    public void TagConll_ModelThatIsNotAModel_SaysSo()
    {
        var test = _temp.Write("test.txt", "قال O\n\n");
        var model = _temp.Write("bad.model", "not a model");

        var run = CliRun.Invoke("tag", "--conll", test, "--model", model);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.model", run.Error, StringComparison.Ordinal);
    }

    private static string Sentences(string[] names, string[] cities)
    {
        var text = new StringBuilder();
        foreach (var name in names)
        {
            foreach (var city in cities)
            {
                text.Append("قال O\nالرئيس O\n").Append(name).Append(" B-PERS\nفي O\nمدينة O\n").Append(city).Append(" B-LOC\nأمس O\n\n");
            }
        }
        return text.ToString();
    }
}
