using Marsad.App.Tests.Support;

namespace Marsad.App.Tests;

public sealed class AnalysisPipelineBuilderTests
{
    [Fact]
    public void Build_ByDefault_UsesTheShippedTaggerModel()
    {
        var generator = SharedPipeline.Default.Analyzer.Generator;

        Assert.StartsWith("ner-", generator.Models["ner"], StringComparison.Ordinal);
        Assert.NotEqual("ner-custom", generator.Models["ner"]);
    }

    [Fact]
    public async Task Pipeline_TwoRunsAtOnce_GiveTheSameAnalysesAsOneAlone()
    {
        var pipeline = SharedPipeline.Default.Analyze;
        string[] paths = [RepoPaths.Samples];

        var alone = await Mentions(pipeline, paths);
        var together = await Task.WhenAll(Task.Run(() => Mentions(pipeline, paths)), Task.Run(() => Mentions(pipeline, paths)));

        Assert.NotEmpty(alone);
        Assert.All(together, run => Assert.Equal(alone, run));
    }

    [Fact]
    public void WithBatchSize_BelowOne_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisPipelineBuilder().WithBatchSize(0));
    }

    [Fact]
    public void WithTaggerModel_FileThatIsNoModel_FailsAtBuildNotBefore()
    {
        using var folder = new TempFolder();
        var path = folder.File("not-a-model.bin");
        File.WriteAllText(path, "no model here");
        var builder = new AnalysisPipelineBuilder().WithTaggerModel(path);

        Assert.ThrowsAny<Exception>(builder.Build);
    }

    private static async Task<List<string>> Mentions(AnalyzePipeline pipeline, string[] paths)
    {
        var seen = new List<string>();
        await pipeline.RunAsync(paths, () => Stream.Null, a => seen.AddRange(a.Mentions.Select(m => $"{a.Article.Id}:{m.Start}:{m.Text}")));
        return seen;
    }
}
