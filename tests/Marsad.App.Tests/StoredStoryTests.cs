using Marsad.App.Tests.Support;
using Marsad.Core.Contract;
using Marsad.Core.Stories;
using Marsad.Store;
using Marsad.Stories;

namespace Marsad.App.Tests;

public sealed class StoredStoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<Collection> AnalysedSamplesAsync()
    {
        var collection = await StoreFactory.OpenAsync(_folder.Database);
        await StorySource.GatherAsync(SharedPipeline.Default.Analyze, [RepoPaths.Samples], () => Stream.Null, collection, observer: null);
        return collection;
    }

    /// <summary>A story as bytes, so two are compared whole.</summary>
    private static string Bytes(StorySnapshot story) =>
        string.Join('\n', StorySnapshotJson.Write(story).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Convert.ToBase64String(p.Value)));

    [Fact]
    public async Task Read_IsTheStoryAFreshBuildOfTheStoredDigestsGives()
    {
        await using var collection = await AnalysedSamplesAsync();
        var fresh = StorySnapshot.Of(new StoryBuilder(StoryOptions.Default).Build(await StorySource.FromStoreAsync(collection, leftOut: null)));

        StorySnapshot built = await StoredStory.ReadAsync(collection, StoryOptions.Default, StorySnapshotJson.Parts, leftOut: null);
        StorySnapshot kept = await StoredStory.ReadAsync(collection, StoryOptions.Default, StorySnapshotJson.Parts, leftOut: null);

        Assert.NotEmpty(fresh.Stories);
        Assert.Equal(Bytes(fresh), Bytes(built));
        Assert.Equal(Bytes(fresh), Bytes(kept));
    }

    [Fact]
    public async Task Read_KeepsTheStoryForTheStoresCurrentState()
    {
        await using var collection = await AnalysedSamplesAsync();

        await StoredStory.ReadAsync(collection, StoryOptions.Default, [StorySnapshotJson.Entities], leftOut: null);

        var kept = await collection.GetSnapshotAsync(StoryOptions.Default.Fingerprint, []);
        Assert.NotNull(kept);
        Assert.Equal(await collection.GetAnalysisStateAsync(), kept.State);
        Assert.False(await StoredStory.RefreshAsync(collection, StoryOptions.Default, leftOut: null));
    }

    [Fact]
    public async Task Refresh_AfterAnArticleIsDeleted_BuildsTheStoryWithoutIt()
    {
        await using var collection = await AnalysedSamplesAsync();
        StorySnapshot before = await StoredStory.ReadAsync(collection, StoryOptions.Default, [], leftOut: null);
        string gone = before.Documents[0].Id;

        await collection.DeleteAsync(gone);

        Assert.True(await StoredStory.RefreshAsync(collection, StoryOptions.Default, leftOut: null));
        StorySnapshot after = await StoredStory.ReadAsync(collection, StoryOptions.Default, [StorySnapshotJson.Entities], leftOut: null);
        Assert.Equal(before.Documents.Count - 1, after.Documents.Count);
        Assert.DoesNotContain(after.Documents, d => d.Id == gone);
        Assert.DoesNotContain(after.Entities, e => e.Documents.Contains(gone));
    }

    [Fact]
    public async Task Read_WithAnotherQuestion_IsAnotherStoryAndLeavesTheDefaultKept()
    {
        await using var collection = await AnalysedSamplesAsync();
        await StoredStory.RefreshAsync(collection, StoryOptions.Default, leftOut: null);
        var asked = StoryOptions.Default with { Question = "اتفاق المياه" };

        StorySnapshot story = await StoredStory.ReadAsync(collection, asked, [StorySnapshotJson.Stories], leftOut: null);

        Assert.Equal("اتفاق المياه", story.Question);
        Assert.NotEqual(asked.Fingerprint, StoryOptions.Default.Fingerprint);
        Assert.False(await StoredStory.RefreshAsync(collection, StoryOptions.Default, leftOut: null));
        Assert.False(await StoredStory.RefreshAsync(collection, asked, leftOut: null));
    }

    [Fact]
    public async Task Read_FromTheKeptStory_TellsAgainWhatTheBuildLeftOut()
    {
        await using var collection = await AnalysedSamplesAsync();
        var victim = (await collection.ListAsync(new ListQuery { Take = 1 })).Items[0].Id;
        var article = (await collection.GetAsync(victim))!;
        await collection.SaveAnalysesAsync([new StoredAnalysis(victim, article.ComputeContentHash(), "g", "{\"not\":\"a contract\"}")]);
        var first = new List<string>();
        var second = new List<string>();

        await StoredStory.ReadAsync(collection, StoryOptions.Default, [], (id, _) => first.Add(id));
        await StoredStory.ReadAsync(collection, StoryOptions.Default, [], (id, _) => second.Add(id));

        Assert.Equal([victim], first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Analysis_IsTheWholeStoryWithEveryDocumentsDigest()
    {
        await using var collection = await AnalysedSamplesAsync();
        await StoredStory.RefreshAsync(collection, StoryOptions.Default, leftOut: null);
        var digests = await StorySource.FromStoreAsync(collection, leftOut: null);

        StoryAnalysis story = await StoredStory.AnalysisAsync(collection, StoryOptions.Default, leftOut: null);

        Assert.Equal(digests.Select(d => d.Article.Id), story.Documents.Select(d => d.Id));
        Assert.All(story.Documents, d => Assert.False(string.IsNullOrEmpty(d.Article.Text)));
        Assert.Equal(Bytes(StorySnapshot.Of(new StoryBuilder(StoryOptions.Default).Build(digests))), Bytes(StorySnapshot.Of(story)));
    }

    [Fact]
    public async Task Read_EmptyStore_IsAnEmptyStory()
    {
        await using var collection = await StoreFactory.OpenAsync(_folder.Database);

        StorySnapshot story = await StoredStory.ReadAsync(collection, StoryOptions.Default, StorySnapshotJson.Parts, leftOut: null);

        Assert.Empty(story.Documents);
        Assert.Empty(story.Entities);
    }
}
