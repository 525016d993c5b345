using Marsad.Store.Tests.Support;

namespace Marsad.Store.Tests;

/// <summary>What every backend must do with the analysis state, kept snapshots (the story), and one story's digests.</summary>
public abstract partial class DocumentStoreContract
{
    private static Dictionary<string, byte[]> Parts(params string[] names) =>
        names.ToDictionary(n => n, n => System.Text.Encoding.UTF8.GetBytes("part " + n), StringComparer.Ordinal);

    private async Task AnalyseAsync(params string[] ids)
    {
        var articles = ids.Select(id => Articles.Make(id)).ToList();
        await Store.UpsertAsync(articles);
        await Store.SaveAnalysesAsync([.. articles.Select(a => new StoredAnalysis(a.Id, a.ComputeContentHash(), "g", "{}", CurrentDigest))]);
    }

    [Fact]
    public async Task AnalysisState_MovesWithEveryWriteThatChangesTheAnalyses()
    {
        var states = new List<string> { await Store.GetAnalysisStateAsync() };
        var article = Articles.Make("a");
        await Store.UpsertAsync([article]);
        states.Add(await Store.GetAnalysisStateAsync());
        await Store.SaveAnalysesAsync([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{}", CurrentDigest)]);
        states.Add(await Store.GetAnalysisStateAsync());
        await Store.UpsertAsync([Articles.Make("a", text: "نص آخر")]);
        states.Add(await Store.GetAnalysisStateAsync());
        await Store.DeleteAsync("a");
        states.Add(await Store.GetAnalysisStateAsync());

        Assert.Equal(states.Count, states.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task AnalysisState_StaysWhenNothingChanges()
    {
        await AnalyseAsync("a");
        string before = await Store.GetAnalysisStateAsync();

        await Store.UpsertAsync([Articles.Make("a")]);
        await Store.SaveAnalysesAsync([new StoredAnalysis("missing", "h", "g", "{}", CurrentDigest)]);
        await Store.ReadDigestsAsync().ToListAsync();

        Assert.Equal(before, await Store.GetAnalysisStateAsync());
    }

    [Fact]
    public async Task Snapshot_Kept_IsReadBackWithTheStateAndOnlyThePartsAskedFor()
    {
        await AnalyseAsync("a");
        string state = await Store.GetAnalysisStateAsync();

        Assert.True(await Store.SaveSnapshotAsync(new StoredSnapshot("k", state, Parts("one", "two", "three"))));
        var read = await Store.GetSnapshotAsync("k", ["one", "three", "absent"]);

        Assert.NotNull(read);
        Assert.Equal(state, read.State);
        Assert.Equal(["one", "three"], read.Parts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("part three", System.Text.Encoding.UTF8.GetString(read.Parts["three"]));
        Assert.Null(await Store.GetSnapshotAsync("other", ["one"]));
    }

    [Fact]
    public async Task Snapshot_OfAStateAlreadyGone_IsNotKept()
    {
        await AnalyseAsync("a");
        string old = await Store.GetAnalysisStateAsync();
        await AnalyseAsync("b");

        Assert.False(await Store.SaveSnapshotAsync(new StoredSnapshot("k", old, Parts("one"))));
        Assert.Null(await Store.GetSnapshotAsync("k", ["one"]));
    }

    [Fact]
    public async Task Snapshot_UnderTheSameKey_ReplacesTheEarlierOneWhole()
    {
        string state = await Store.GetAnalysisStateAsync();
        await Store.SaveSnapshotAsync(new StoredSnapshot("k", state, Parts("one", "two")));

        await Store.SaveSnapshotAsync(new StoredSnapshot("k", state, Parts("three")));

        Assert.Equal(["three"], (await Store.GetSnapshotAsync("k", ["one", "two", "three"]))!.Parts.Keys);
    }

    [Fact]
    public async Task Snapshots_OnlyTheMostRecentlyKeptStay()
    {
        string state = await Store.GetAnalysisStateAsync();
        for (int i = 0; i < 12; i++)
        {
            await Store.SaveSnapshotAsync(new StoredSnapshot($"k{i}", state, Parts("one")));
        }

        Assert.Null(await Store.GetSnapshotAsync("k0", ["one"]));
        Assert.NotNull(await Store.GetSnapshotAsync("k11", ["one"]));
        int kept = 0;
        for (int i = 0; i < 12; i++)
        {
            kept += await Store.GetSnapshotAsync($"k{i}", ["one"]) is null ? 0 : 1;
        }
        Assert.InRange(kept, 1, 11);
    }

    [Fact]
    public async Task ReadDigests_OfSomeIds_GivesThoseAnalysedInStorageOrder()
    {
        await AnalyseAsync("c", "a", "b", "d");
        await Store.UpsertAsync([Articles.Make("e")]);

        var read = await Store.ReadDigestsAsync(["b", "e", "c", "nowhere"]).ToListAsync();

        Assert.Equal(["c", "b"], read.Select(d => d.DocumentId));
        Assert.All(read, d => Assert.Equal(CurrentDigest, d.Digest));
    }
}
