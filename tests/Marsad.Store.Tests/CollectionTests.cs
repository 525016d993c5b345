using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Marsad.Core.Documents;
using Marsad.Search;
using Marsad.Store.Sqlite;
using Marsad.Store.Tests.Support;

namespace Marsad.Store.Tests;

public sealed class CollectionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("news.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Open_NewPath_CreatesTheDatabaseWithItsIndexBeside()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath);

        Assert.True(File.Exists(DatabasePath));
        Assert.True(System.IO.Directory.Exists(_folder.File("news.index")));
        Assert.Equal(_folder.File("news.index"), collection.Paths.IndexPath);
    }

    [Fact]
    public async Task Ingest_NewArticles_ReportsThemAddedAndMakesThemSearchable()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath);

        var result = await collection.IngestAsync([Oil("a"), Gas("b")]);

        Assert.Equal(2, result.Added);
        Assert.Equal(["a"], await Ids(collection, "النفط"));
        Assert.Equal("a", (await collection.GetAsync("a"))!.Id);
    }

    [Fact]
    public async Task Ingest_SameBatchAgain_ReportsEveryArticleUnchanged()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath);
        await collection.IngestAsync([Oil("a"), Gas("b")]);

        var result = await collection.IngestAsync([Oil("a"), Gas("b")]);

        Assert.Equal((0, 0, 2), (result.Added, result.Updated, result.Unchanged));
        Assert.Equal(2, (await collection.SearchAsync(new SearchRequest(""))).Total);
    }

    [Fact]
    public async Task Ingest_ChangedArticle_SearchFindsOnlyTheNewContent()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath);
        await collection.IngestAsync([Oil("a")]);

        var result = await collection.IngestAsync([Gas("a")]);

        Assert.Equal(1, result.Updated);
        Assert.Empty(await Ids(collection, "النفط"));
        Assert.Equal(["a"], await Ids(collection, "الغاز"));
    }

    [Fact]
    public async Task Ingest_IdenticalBodiesUnderDifferentIds_KeepsAndFindsBoth()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath);

        await collection.IngestAsync([Oil("a"), Oil("b")]);

        Assert.Equal(["a", "b"], (await Ids(collection, "النفط")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ingest_BatchThatFails_LeavesNothingOfItInStoreOrIndex()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath);

        await Assert.ThrowsAnyAsync<Exception>(() => collection.IngestAsync([Oil("a"), Oil("b") with { Text = null! }]));

        Assert.Null(await collection.GetAsync("a"));
        Assert.Equal(0, (await collection.SearchAsync(new SearchRequest(""))).Total);
    }

    [Fact]
    public async Task Delete_StoredArticle_RemovesItFromStoreAndSearch()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath);
        await collection.IngestAsync([Oil("a"), Oil("b")]);

        Assert.True(await collection.DeleteAsync("a"));

        Assert.Null(await collection.GetAsync("a"));
        Assert.Equal(["b"], await Ids(collection, "النفط"));
    }

    [Fact]
    public async Task Delete_UnknownId_ReturnsFalse()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath);

        Assert.False(await collection.DeleteAsync("nothing"));
    }

    [Fact]
    public async Task Reopen_AfterDispose_NeedsNoReplay()
    {
        using (var first = await StoreFactory.OpenAsync(DatabasePath))
        {
            await first.IngestAsync([Oil("a")]);
        }

        await using var second = await StoreFactory.OpenAsync(DatabasePath);

        Assert.Equal(0, second.ReplayedOnOpen);
        Assert.Equal(["a"], await Ids(second, "النفط"));
    }

    [Fact]
    public async Task Open_StoreAheadOfIndex_ReplaysTheMissingChanges()
    {
        using (var collection = await StoreFactory.OpenAsync(DatabasePath))
        {
            await collection.IngestAsync([Oil("a"), Oil("gone")]);
        }
        // As if the process died after the store's commit and before the index's.
        using (var store = SqliteDocumentStore.Open(DatabasePath))
        {
            await store.UpsertAsync([Oil("b"), Gas("a")]);
            await store.DeleteAsync("gone");
        }

        await using var reopened = await StoreFactory.OpenAsync(DatabasePath);

        Assert.Equal(3, reopened.ReplayedOnOpen);
        Assert.Equal(["b"], await Ids(reopened, "النفط"));
        Assert.Equal(["a"], await Ids(reopened, "الغاز"));
        Assert.Equal(2, (await reopened.GetStatsAsync()).IndexedCount);
    }

    [Fact]
    public async Task Open_IndexFolderDeleted_RebuildsItFromTheStore()
    {
        IReadOnlyList<string> before;
        using (var collection = await StoreFactory.OpenAsync(DatabasePath))
        {
            await collection.IngestAsync(SomeNews());
            before = await Ids(collection, "النفط");
        }
        System.IO.Directory.Delete(_folder.File("news.index"), recursive: true);

        await using var reopened = await StoreFactory.OpenAsync(DatabasePath);

        Assert.Equal(SomeNews().Count, reopened.ReplayedOnOpen);
        Assert.Equal(before, await Ids(reopened, "النفط"));
    }

    [Fact]
    public async Task Open_IndexLeftFromAnotherDatabase_IsRebuilt()
    {
        using (var collection = await StoreFactory.OpenAsync(DatabasePath))
        {
            await collection.IngestAsync([Oil("old-1"), Oil("old-2"), Oil("old-3")]);
        }
        File.Delete(DatabasePath);
        using (var store = SqliteDocumentStore.Open(DatabasePath))
        {
            // More changes than the old index had seen, so sequence numbers alone would look current.
            await store.UpsertAsync([Gas("n1"), Gas("n2"), Gas("n3"), Oil("n4")]);
        }

        await using var reopened = await StoreFactory.OpenAsync(DatabasePath);

        Assert.Equal(["n4"], await Ids(reopened, "النفط"));
        Assert.Equal(4, (await reopened.GetStatsAsync()).IndexedCount);
    }

    [Fact]
    public async Task Reindex_AnyCollection_GivesTheSameResults()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath);
        await collection.IngestAsync(SomeNews());
        await collection.DeleteAsync("n2");
        var before = await collection.SearchAsync(new SearchRequest("النفط"));

        var indexed = await collection.ReindexAsync();

        var after = await collection.SearchAsync(new SearchRequest("النفط"));
        Assert.Equal(SomeNews().Count - 1, indexed);
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.Hits.Select(h => (h.Id, h.Snippet)), after.Hits.Select(h => (h.Id, h.Snippet)));
    }

    [Fact]
    public async Task Reindex_ReportsProgress()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath, new CollectionOptions { ReplayBatchSize = 2 });
        await collection.IngestAsync(SomeNews());
        var reports = new List<int>();

        await collection.ReindexAsync(new SynchronousProgress(reports.Add));

        Assert.Equal(SomeNews().Count, reports[^1]);
        Assert.True(reports.Count > 1);
    }

    [Fact]
    public async Task Ingest_ManyBatches_CommitsTheIndexEveryInterval()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath, new CollectionOptions { IndexCommitInterval = 3 });
        var index = collection.Paths.IndexPath;

        // Indexing runs behind ingest; asking for stats waits for it.
        await collection.IngestAsync([Oil("a"), Oil("b")]);
        await collection.GetStatsAsync();
        var afterTwo = CommittedSeq(index);
        await collection.IngestAsync([Oil("c"), Oil("d")]);
        await collection.GetStatsAsync();
        var afterFour = CommittedSeq(index);
        await collection.IngestAsync([Oil("e")]);
        await collection.GetStatsAsync();
        var afterFive = CommittedSeq(index);
        await collection.FlushAsync();

        Assert.Equal((0L, 4L, 4L, 5L), (afterTwo, afterFour, afterFive, CommittedSeq(index)));
    }

    [Fact]
    public async Task Ingest_ManyBatchesInARow_EachIsSearchableRightAfter()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath);

        for (var i = 0; i < 20; i++)
        {
            await collection.IngestAsync([Oil($"o{i}"), Gas($"g{i}")]);
            Assert.Equal(i + 1, (await collection.SearchAsync(new SearchRequest("النفط") { Take = 0 })).Total);
        }
    }

    [Fact]
    public async Task Dispose_RightAfterIngest_LeavesNothingToReplay()
    {
        using (var collection = await StoreFactory.OpenAsync(DatabasePath))
        {
            for (var i = 0; i < 5; i++)
            {
                await collection.IngestAsync([Oil($"o{i}"), Gas($"g{i}")]);
            }
        }

        await using var reopened = await StoreFactory.OpenAsync(DatabasePath);

        Assert.Equal(0, reopened.ReplayedOnOpen);
        Assert.Equal(10, (await reopened.GetStatsAsync()).IndexedCount);
    }

    [Fact]
    public async Task Ingest_IndexingFails_NextWriteReportsItAndTheNextOpenIndexesTheBatch()
    {
        var paths = StorePaths.ForDatabase(DatabasePath);
        using (var collection = await Collection.OpenAsync(
            paths,
            SqliteDocumentStore.Open(DatabasePath),
            store => new PoisonedIndex(LuceneIndex.Open(paths.IndexPath), poisonedId: "poison"),
            CollectionOptions.Default))
        {
            await collection.IngestAsync([Oil("a")]);
            var stored = await collection.IngestAsync([Oil("poison"), Oil("b")]);
            var error = await Assert.ThrowsAsync<IOException>(() => collection.FlushAsync());
            // Reported once; later batches are indexed, but the checkpoint stays before the failed one.
            await collection.IngestAsync([Oil("c")]);
            await collection.FlushAsync();

            Assert.Equal(2, stored.Added);
            Assert.Contains(paths.IndexPath, error.Message, StringComparison.Ordinal);
            Assert.NotNull(await collection.GetAsync("poison"));
            Assert.Equal(["a", "c"], (await Ids(collection, "النفط")).Order(StringComparer.Ordinal));
        }

        await using var reopened = await StoreFactory.OpenAsync(DatabasePath);

        Assert.Equal(3, reopened.ReplayedOnOpen);
        Assert.Equal(["a", "b", "c", "poison"], (await Ids(reopened, "النفط")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetStats_AfterIngest_CountsStoreAndIndex()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath);
        await collection.IngestAsync(SomeNews());

        var stats = await collection.GetStatsAsync();

        Assert.Equal(SomeNews().Count, stats.Store.Count);
        Assert.Equal(SomeNews().Count, stats.IndexedCount);
        Assert.True(stats.Store.SizeBytes > 0);
        Assert.True(stats.IndexSizeBytes > 0);
    }

    [Fact]
    public async Task List_ThroughTheCollection_ReadsTheStore()
    {
        await using var collection = await StoreFactory.OpenAsync(DatabasePath);
        await collection.IngestAsync(SomeNews());

        var page = await collection.ListAsync(new ListQuery { Outlet = "رووداو" });

        Assert.Equal(["n2", "n1"], page.Items.Select(i => i.Id));
    }

    private static async Task<IReadOnlyList<string>> Ids(Collection collection, string query) =>
        (await collection.SearchAsync(new SearchRequest(query) { Take = 100 })).Hits.Select(h => h.Id).ToList();

    private static Article Oil(string id) => Articles.Make(id, text: "ارتفعت أسعار النفط في الأسواق");

    private static Article Gas(string id) => Articles.Make(id, text: "تراجعت أسعار الغاز في الأسواق");

    private static IReadOnlyList<Article> SomeNews() =>
    [
        Articles.Make("n1", text: "ارتفعت أسعار النفط بعد قرار أوبك", outlet: "رووداو", published: "2024-01-01"),
        Articles.Make("n2", text: "قال وزير النفط إن الإنتاج مستقر", outlet: "رووداو", published: "2024-01-02"),
        Articles.Make("n3", text: "ناقش البرلمان موازنة النفط والغاز", outlet: "الجزيرة", published: "2024-01-03"),
        Articles.Make("n4", text: "فاز المنتخب في المباراة", outlet: "الجزيرة", published: "2024-01-04"),
        Articles.Make("n5", text: "صادرات النفطية تتراجع", outlet: "الجزيرة", published: "2024-01-05"),
    ];

    /// <summary>The change sequence number recorded in the index's latest commit, read as any reader could.</summary>
    private static long CommittedSeq(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        var latest = DirectoryReader.ListCommits(directory).OrderBy(c => c.Generation).Last();
        return latest.UserData.TryGetValue("marsad.seq", out var seq) ? long.Parse(seq, CultureInfo.InvariantCulture) : -1;
    }
}
