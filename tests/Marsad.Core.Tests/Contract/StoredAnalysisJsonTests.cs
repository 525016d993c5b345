using System.Text.Json;
using Marsad.Core.Analysis;
using Marsad.Core.Contract;
using Marsad.Core.Documents;

namespace Marsad.Core.Tests.Contract;

public sealed class StoredAnalysisJsonTests
{
    private static readonly GeneratorStamp Generator = new("marsad", "0.0-test", new Dictionary<string, string> { ["ner"] = "test-model" });

    private const string Text = "قال \"السوداني\" في 25 يناير 2024 إن نحو 2500 جندي أميركي سيغادرون بغداد.";

    private static DocumentAnalysis Analysis()
    {
        LocalEntity[] entities =
        [
            new(0, "السوداني", EntityType.Person, ["محمد شياع السوداني"]),
            new(1, "بغداد", EntityType.Location, []),
        ];
        int person = Text.IndexOf("السوداني", StringComparison.Ordinal);
        int city = Text.IndexOf("بغداد", StringComparison.Ordinal);
        int date = Text.IndexOf("25 يناير 2024", StringComparison.Ordinal);
        int count = Text.IndexOf("نحو 2500 جندي", StringComparison.Ordinal);
        return new DocumentAnalysis(
            new Article("d1", "test/d1.txt", "عنوان", Text, null, "الجزيرة", PublicationTime.FromDate(new DateOnly(2024, 1, 26)), null),
            entities,
            [
                new MentionItem(person, person + 8, "السوداني", 0, 0.91234),
                new MentionItem(city, city + 5, "بغداد", 1, 0.8),
            ],
            [new DateMention(date, date + 13, "25 يناير 2024", "2024-01-25", null)],
            [new QuantityItem(count, count + 13, "نحو 2500 جندي", 2500, "جندي", true, null, null, 0.8)],
            [new QuoteItem(count, Text.Length - 1, Text[count..^1], false, "قال", 0, "2024-01-25", 0.9)]);
    }

    [Fact]
    public void Write_ThenRead_GivesBackTheAnalysisWithRoundedConfidence()
    {
        DocumentAnalysis written = Analysis();

        DocumentAnalysis read = StoredAnalysisJson.Read(StoredAnalysisJson.Write(written, Generator));

        Assert.Equal(written.Article.Text, read.Article.Text);
        Assert.Equal(written.Article.Published, read.Article.Published);
        Assert.Equal(written.Entities.Select(e => (e.Name, e.Type, string.Join('|', e.Aliases))), read.Entities.Select(e => (e.Name, e.Type, string.Join('|', e.Aliases))));
        Assert.Equal(written.Mentions.Select(m => (m.Start, m.End, m.Entity)), read.Mentions.Select(m => (m.Start, m.End, m.Entity)));
        Assert.Equal(0.912, read.Mentions[0].Confidence);
        Assert.Equal(written.Dates, read.Dates);
        Assert.Equal(written.Quantities[0] with { Confidence = 0 }, read.Quantities[0] with { Confidence = 0 });
        Assert.Equal(written.Quotes[0] with { Confidence = 0 }, read.Quotes[0] with { Confidence = 0 });
    }

    [Fact]
    public void Write_NamesEntitiesLocallyAndCarriesTheGenerator()
    {
        using var json = JsonDocument.Parse(StoredAnalysisJson.Write(Analysis(), Generator));

        JsonElement root = json.RootElement;
        Assert.Equal("1", root.GetProperty("version").GetString());
        Assert.Equal("test-model", root.GetProperty("generator").GetProperty("models").GetProperty("ner").GetString());
        Assert.Equal(["e1", "e2"], root.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(["السوداني", "محمد شياع السوداني"], root.GetProperty("entities")[0].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        JsonElement doc = root.GetProperty("documents")[0];
        Assert.Equal("2024-01-26", doc.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("author").ValueKind);
        Assert.Equal("e1", doc.GetProperty("quotes")[0].GetProperty("speaker").GetString());
    }

    [Fact]
    public void Write_ArabicIsWrittenAsIsNotEscaped()
    {
        string json = StoredAnalysisJson.Write(Analysis(), Generator);

        Assert.Contains("قال \\\"السوداني\\\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAnAnalysis_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => StoredAnalysisJson.Read("{\"version\":\"1\"}"));
        Assert.Throws<InvalidDataException>(() => StoredAnalysisJson.Read("not json"));
    }

    [SharedFact("tools/check-analysis.py")]
    public void Write_EveryKindOfItem_KeepsTheContract()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "out.json");
        File.WriteAllText(path, StoredAnalysisJson.Write(Analysis(), Generator));

        var result = ContractChecker.Check(path) ?? throw new InvalidOperationException("python3 is needed to run the contract's checker");
        Assert.True(result.ExitCode == 0, result.Output);
    }
}
