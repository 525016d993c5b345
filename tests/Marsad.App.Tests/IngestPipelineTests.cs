using Marsad.Core.Documents;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.App.Tests;

public sealed class IngestPipelineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_OneBadFileAmongGoodOnes_ReportsItAndStoresTheRest()
    {
        var bad = _folder.File("broken.json");
        await File.WriteAllTextAsync(bad, "{ not json");
        var problems = new List<InputProblem>();
        await using var collection = await StoreFactory.OpenAsync(_folder.Database);

        var run = await new IngestPipeline(new ArticleReader(), batchSize: 2)
            .RunAsync([bad, RepoPaths.Samples], () => Stream.Null, collection, new RunObserver(Problem: problems.Add));

        Assert.Contains(problems, p => p.Location.Contains("broken.json", StringComparison.Ordinal));
        Assert.Equal(run.Problems, problems);
        Assert.True(run.Added > 1);
        Assert.Equal(run.Added, (await collection.GetStatsAsync()).Store.Count);
    }

    [Fact]
    public async Task Run_StandardInputAmongPaths_ReadsItInItsPlace()
    {
        await using var collection = await StoreFactory.OpenAsync(_folder.Database);
        using var input = new MemoryStream("""{"id":"from-stdin","text":"قال الوزير إن المفاوضات ستستأنف في بغداد الأسبوع المقبل."}"""u8.ToArray());

        var run = await new IngestPipeline(new ArticleReader())
            .RunAsync([IngestPipeline.StandardInput], () => input, collection);

        Assert.Equal(1, run.Added);
        Assert.NotNull(await collection.GetAsync("from-stdin"));
    }

    [Fact]
    public async Task Run_Progress_IsHeardAfterEachBatchAndAtTheEnd()
    {
        var heard = new List<int>();
        await using var collection = await StoreFactory.OpenAsync(_folder.Database);

        var run = await new IngestPipeline(new ArticleReader(), batchSize: 1)
            .RunAsync([RepoPaths.Samples], () => Stream.Null, collection, new RunObserver(Progress: heard.Add));

        Assert.True(heard.Count > 1);
        Assert.Equal(run.Stored + run.Problems.Count, heard[^1]);
    }
}
