using Marsad.App.Tests.Support;
using Marsad.Store;

namespace Marsad.App.Tests;

public sealed class StorySourceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task FromStore_AfterAnalyzeWithACollection_ReadsTheSameAnalysesInStoreOrder()
    {
        await using var collection = await StoreFactory.OpenAsync(_folder.Database);
        var (analysed, run) = await StorySource.GatherAsync(SharedPipeline.Default.Analyze, [RepoPaths.Samples], () => Stream.Null, collection, observer: null);
        var leftOut = new List<string>();

        var stored = await StorySource.FromStoreAsync(collection, (id, _) => leftOut.Add(id));

        Assert.Equal(run.Analyzed, run.Stored);
        Assert.Equal(analysed.Select(a => a.Article.Id), stored.Select(a => a.Article.Id));
        Assert.Empty(leftOut);
    }

    [Fact]
    public async Task FromStore_StoredAnalysisThatDoesNotParse_IsReportedByIdAndLeftOut()
    {
        await using var collection = await StoreFactory.OpenAsync(_folder.Database);
        await StorySource.GatherAsync(SharedPipeline.Default.Analyze, [RepoPaths.Samples], () => Stream.Null, collection, observer: null);
        var victim = (await collection.ListAsync(new ListQuery { Take = 1 })).Items[0].Id;
        var article = (await collection.GetAsync(victim))!;
        await collection.SaveAnalysesAsync([new StoredAnalysis(victim, article.ComputeContentHash(), "g", "{\"not\":\"a contract\"}")]);
        var leftOut = new List<string>();

        var stored = await StorySource.FromStoreAsync(collection, (id, _) => leftOut.Add(id));

        Assert.Equal([victim], leftOut);
        Assert.DoesNotContain(stored, a => a.Article.Id == victim);
        Assert.NotEmpty(stored);
    }

    [Fact]
    public async Task FromStore_NothingAnalysed_IsEmpty()
    {
        await using var collection = await StoreFactory.OpenAsync(_folder.Database);

        Assert.Empty(await StorySource.FromStoreAsync(collection, leftOut: null));
    }

    [Fact]
    public async Task Gather_SameArticleTwice_KeepsItOnce()
    {
        var sample = Directory.GetFiles(RepoPaths.Samples, "*.txt")[0];

        var (analyses, run) = await StorySource.GatherAsync(SharedPipeline.Default.Analyze, [sample, sample], () => Stream.Null, collection: null, observer: null);

        Assert.Equal(2, run.Analyzed);
        Assert.Single(analyses);
    }

    [Fact]
    public async Task Build_FromPaths_GroupsTheSamplesIntoStories()
    {
        var analyses = await StorySource.FromPathsAsync(SharedPipeline.Default.Analyze, [RepoPaths.Samples], () => Stream.Null, problem: null);

        var story = new Marsad.Stories.StoryBuilder(Marsad.Stories.StoryOptions.Default).Build(analyses);

        Assert.NotEmpty(story.Stories);
    }
}
