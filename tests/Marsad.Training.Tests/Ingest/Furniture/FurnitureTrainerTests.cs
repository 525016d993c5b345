using Marsad.Ingest.Furniture;
using Marsad.Training.Ingest.Furniture;
using Marsad.Ingest.Tests.Support;

namespace Marsad.Training.Tests.Ingest.Furniture;

public sealed class FurnitureTrainerTests
{
    [Fact]
    public void Train_SyntheticCorpus_LearnsEdgeBoilerplateButNotRepeatedNews()
    {
        using var folder = new TempFolder();
        var lines = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var outlet = i % 2 == 0 ? "one" : "two";
            var text = string.Join('\n',
                $"خبر رقم {i} عن الزراعة والمياه في المنطقة",
                ArabicSamples.Lead,
                i < 12 ? "وأكد المسؤول أن العمل مستمر." : ArabicSamples.Second,
                ArabicSamples.Third,
                $"رابط الخبر بصحيفة المثال: عنوان {new string('ب', i + 1)}",
                "تابعوا تطبيق المثال على هواتفكم الذكية");
            lines.Add(ArabicSamples.JsonLine(new { title = $"عنوان {i}", text, outlet }));
        }
        var corpus = folder.WriteGzip("corpus.jsonl.gz", string.Join('\n', lines));
        using var output = new StringWriter();

        var result = FurnitureTrainer.Train([corpus], output, FurnitureTrainingOptions.Default with { MinPrefixLines = 20 });

        var model = FurnitureModel.Load(new StringReader(output.ToString()));
        Assert.Equal(30, result.Articles);
        Assert.Equal("v1", model.Version);
        Assert.Contains("line\tتابعوا تطبيق المثال علي هواتفكم الذكيه\t", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("prefix\tرابط الخبر بصحيفه المثال\t", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("وأكد المسؤول", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("اعلنت وزاره الزراعه", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("# Credit: SaudiNewsNet", output.ToString(), StringComparison.Ordinal);
    }
}
