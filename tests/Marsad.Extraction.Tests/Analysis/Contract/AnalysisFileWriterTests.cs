using System.Text.Json;
using Marsad.Core.Documents;
using Marsad.Extraction.Analysis;
using Marsad.Extraction.Analysis.Contract;
using Marsad.Extraction.Dates;
using Marsad.Extraction.Entities;

namespace Marsad.Extraction.Tests.Analysis.Contract;

public class AnalysisFileWriterTests
{
    private static readonly GeneratorStamp Generator = new("marsad", "0.0-test", new Dictionary<string, string> { ["ner"] = "test-model" });

    private static ArticleAnalysis Analysis(string id, string text, params (string Name, EntityType Type)[] entities)
    {
        var locals = entities.Select((e, i) => new LocalEntity(i, e.Name, e.Type, [])).ToList();
        var mentions = new List<MentionItem>();
        foreach (var entity in locals)
        {
            int at = text.IndexOf(entity.Name, StringComparison.Ordinal);
            mentions.Add(new MentionItem(at, at + entity.Name.Length, entity.Name, entity.Id, 0.91234));
        }
        var published = PublicationTime.FromDate(new DateOnly(2024, 1, 13));
        return new ArticleAnalysis(
            new Article(id, "test/" + id, "عنوان", text, null, "الجزيرة", published, null),
            locals,
            mentions,
            [],
            [],
            []);
    }

    private static JsonDocument WriteAll(params ArticleAnalysis[] analyses)
    {
        using var buffer = new MemoryStream();
        using (var writer = new AnalysisFileWriter(buffer, Generator))
        {
            foreach (var a in analyses)
            {
                writer.Write(a);
            }
            writer.Complete();
        }
        return JsonDocument.Parse(buffer.ToArray());
    }

    [Fact]
    public void Write_SameActorInTwoDocuments_SharesOneEntityListingBoth()
    {
        using var json = WriteAll(
            Analysis("d1", "قال السوداني اليوم", ("السوداني", EntityType.Person)),
            Analysis("d2", "زار السوداني بغداد", ("السوداني", EntityType.Person), ("بغداد", EntityType.Location)));

        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        Assert.Equal(2, entities.Count);
        Assert.Equal("PER", entities[0].GetProperty("type").GetString());
        Assert.Equal(["d1", "d2"], entities[0].GetProperty("documents").EnumerateArray().Select(d => d.GetString()));
        var mentionIds = json.RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => d.GetProperty("mentions")[0].GetProperty("entity").GetString()).ToList();
        Assert.Equal(mentionIds[0], mentionIds[1]);
    }

    [Fact]
    public void Write_SameNameWithDifferentTypes_StaysTwoEntities()
    {
        using var json = WriteAll(
            Analysis("d1", "الصدر", ("الصدر", EntityType.Person)),
            Analysis("d2", "الصدر", ("الصدر", EntityType.Location)));

        Assert.Equal(2, json.RootElement.GetProperty("entities").GetArrayLength());
    }

    [Fact]
    public void Write_CarriesMetadataGeneratorAndRoundedConfidence()
    {
        using var json = WriteAll(Analysis("d1", "قال السوداني", ("السوداني", EntityType.Person)));

        var root = json.RootElement;
        Assert.Equal("1", root.GetProperty("version").GetString());
        Assert.Equal("test-model", root.GetProperty("generator").GetProperty("models").GetProperty("ner").GetString());
        var doc = root.GetProperty("documents")[0];
        Assert.Equal("2024-01-13", doc.GetProperty("published").GetString());
        Assert.Equal("الجزيرة", doc.GetProperty("outlet").GetString());
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("author").ValueKind);
        Assert.Equal(0.912, doc.GetProperty("mentions")[0].GetProperty("confidence").GetDouble());
    }

    [Fact]
    public void Write_ADocumentIdTwice_WritesItOnce()
    {
        using var buffer = new MemoryStream();
        using var writer = new AnalysisFileWriter(buffer, Generator);

        Assert.True(writer.Write(Analysis("d1", "نص")));
        Assert.False(writer.Write(Analysis("d1", "نص آخر")));
        writer.Complete();

        Assert.Equal(1, writer.Count);
    }

    [Fact]
    public void Write_ArabicIsWrittenAsIsNotEscaped()
    {
        using var buffer = new MemoryStream();
        using (var writer = new AnalysisFileWriter(buffer, Generator))
        {
            writer.Write(Analysis("d1", "قال \"السوداني\"", ("السوداني", EntityType.Person)));
            writer.Complete();
        }

        string text = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        Assert.Contains("قال \\\"السوداني\\\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EveryKindOfItem_KeepsTheContract()
    {
        const string text = "قال السوداني في 25 يناير 2024 إن نحو 2500 جندي أميركي سيغادرون.";
        var analysis = Analysis("d1", text, ("السوداني", EntityType.Person)) with
        {
            Dates = [new DateMention(17, 29, text[17..29], "2024-01-25", null)],
            Quantities = [new QuantityItem(33, 45, text[33..45], 2500, "جندي", true, null, 0, 0.8)],
            Quotes = [new QuoteItem(33, text.Length - 1, text[33..^1], false, "قال", 0, "2024-01-25", 0.9)],
        };
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "out.json");
        using (var file = File.Create(path))
        using (var writer = new AnalysisFileWriter(file, Generator))
        {
            writer.Write(analysis);
            writer.Complete();
        }

        if (ContractChecker.Check(path) is not { } result)
        {
            return; // needs ../shared/tools/check-analysis.py and python3
        }
        Assert.True(result.ExitCode == 0, result.Output);
    }
}
