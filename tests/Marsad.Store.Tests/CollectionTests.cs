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
    public void Open_NewPath_CreatesTheDatabaseWithItsIndexBeside()
    {
        using var collection = Collection.Open(DatabasePath);

        Assert.True(File.Exists(DatabasePath));
        Assert.True(System.IO.Directory.Exists(_folder.File("news.index")));
        Assert.Equal(_folder.File("news.index"), collection.Paths.IndexPath);
    }

    [Fact]
    public void Ingest_NewArticles_ReportsThemAddedAndMakesThemSearchable()
    {
        using var collection = Collection.Open(DatabasePath);

        var result = collection.Ingest([Oil("a"), Gas("b")]);

        Assert.Equal(2, result.Added);
        Assert.Equal(["a"], Ids(collection, "النفط"));
        Assert.Equal("a", collection.Get("a")!.Id);
    }

    [Fact]
    public void Ingest_SameBatchAgain_ReportsEveryArticleUnchanged()
    {
        using var collection = Collection.Open(DatabasePath);
        collection.Ingest([Oil("a"), Gas("b")]);

        var result = collection.Ingest([Oil("a"), Gas("b")]);

        Assert.Equal((0, 0, 2), (result.Added, result.Updated, result.Unchanged));
        Assert.Equal(2, collection.Search(new SearchRequest("")).Total);
    }

    [Fact]
    public void Ingest_ChangedArticle_SearchFindsOnlyTheNewContent()
    {
        using var collection = Collection.Open(DatabasePath);
        collection.Ingest([Oil("a")]);

        var result = collection.Ingest([Gas("a")]);

        Assert.Equal(1, result.Updated);
        Assert.Empty(Ids(collection, "النفط"));
        Assert.Equal(["a"], Ids(collection, "الغاز"));
    }

    [Fact]
    public void Ingest_IdenticalBodiesUnderDifferentIds_KeepsAndFindsBoth()
    {
        using var collection = Collection.Open(DatabasePath);

        collection.Ingest([Oil("a"), Oil("b")]);

        Assert.Equal(["a", "b"], Ids(collection, "النفط").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ingest_BatchThatFails_LeavesNothingOfItInStoreOrIndex()
    {
        using var collection = Collection.Open(DatabasePath);

        Assert.ThrowsAny<Exception>(() => collection.Ingest([Oil("a"), Oil("b") with { Text = null! }]));

        Assert.Null(collection.Get("a"));
        Assert.Equal(0, collection.Search(new SearchRequest("")).Total);
    }

    [Fact]
    public void Delete_StoredArticle_RemovesItFromStoreAndSearch()
    {
        using var collection = Collection.Open(DatabasePath);
        collection.Ingest([Oil("a"), Oil("b")]);

        Assert.True(collection.Delete("a"));

        Assert.Null(collection.Get("a"));
        Assert.Equal(["b"], Ids(collection, "النفط"));
    }

    [Fact]
    public void Delete_UnknownId_ReturnsFalse()
    {
        using var collection = Collection.Open(DatabasePath);

        Assert.False(collection.Delete("nothing"));
    }

    [Fact]
    public void Reopen_AfterDispose_NeedsNoReplay()
    {
        using (var first = Collection.Open(DatabasePath))
        {
            first.Ingest([Oil("a")]);
        }

        using var second = Collection.Open(DatabasePath);

        Assert.Equal(0, second.ReplayedOnOpen);
        Assert.Equal(["a"], Ids(second, "النفط"));
    }

    [Fact]
    public void Open_StoreAheadOfIndex_ReplaysTheMissingChanges()
    {
        using (var collection = Collection.Open(DatabasePath))
        {
            collection.Ingest([Oil("a"), Oil("gone")]);
        }
        // As if the process died after the store's commit and before the index's.
        using (var store = SqliteDocumentStore.Open(DatabasePath))
        {
            store.Upsert([Oil("b"), Gas("a")]);
            store.Delete("gone");
        }

        using var reopened = Collection.Open(DatabasePath);

        Assert.Equal(3, reopened.ReplayedOnOpen);
        Assert.Equal(["b"], Ids(reopened, "النفط"));
        Assert.Equal(["a"], Ids(reopened, "الغاز"));
        Assert.Equal(2, reopened.GetStats().IndexedCount);
    }

    [Fact]
    public void Open_IndexFolderDeleted_RebuildsItFromTheStore()
    {
        IReadOnlyList<string> before;
        using (var collection = Collection.Open(DatabasePath))
        {
            collection.Ingest(SomeNews());
            before = Ids(collection, "النفط");
        }
        System.IO.Directory.Delete(_folder.File("news.index"), recursive: true);

        using var reopened = Collection.Open(DatabasePath);

        Assert.Equal(SomeNews().Count, reopened.ReplayedOnOpen);
        Assert.Equal(before, Ids(reopened, "النفط"));
    }

    [Fact]
    public void Open_IndexLeftFromAnotherDatabase_IsRebuilt()
    {
        using (var collection = Collection.Open(DatabasePath))
        {
            collection.Ingest([Oil("old-1"), Oil("old-2"), Oil("old-3")]);
        }
        File.Delete(DatabasePath);
        using (var store = SqliteDocumentStore.Open(DatabasePath))
        {
            // More changes than the old index had seen, so sequence numbers alone would look current.
            store.Upsert([Gas("n1"), Gas("n2"), Gas("n3"), Oil("n4")]);
        }

        using var reopened = Collection.Open(DatabasePath);

        Assert.Equal(["n4"], Ids(reopened, "النفط"));
        Assert.Equal(4, reopened.GetStats().IndexedCount);
    }

    [Fact]
    public void Reindex_AnyCollection_GivesTheSameResults()
    {
        using var collection = Collection.Open(DatabasePath);
        collection.Ingest(SomeNews());
        collection.Delete("n2");
        var before = collection.Search(new SearchRequest("النفط"));

        var indexed = collection.Reindex();

        var after = collection.Search(new SearchRequest("النفط"));
        Assert.Equal(SomeNews().Count - 1, indexed);
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.Hits.Select(h => (h.Id, h.Snippet)), after.Hits.Select(h => (h.Id, h.Snippet)));
    }

    [Fact]
    public void Reindex_ReportsProgress()
    {
        using var collection = Collection.Open(DatabasePath, new CollectionOptions { ReplayBatchSize = 2 });
        collection.Ingest(SomeNews());
        var reports = new List<int>();

        collection.Reindex(new SynchronousProgress(reports.Add));

        Assert.Equal(SomeNews().Count, reports[^1]);
        Assert.True(reports.Count > 1);
    }

    [Fact]
    public void Ingest_ManyBatches_CommitsTheIndexEveryInterval()
    {
        using var collection = Collection.Open(DatabasePath, new CollectionOptions { IndexCommitInterval = 3 });
        var index = collection.Paths.IndexPath;

        // Indexing runs behind ingest; asking for stats waits for it.
        collection.Ingest([Oil("a"), Oil("b")]);
        collection.GetStats();
        var afterTwo = CommittedSeq(index);
        collection.Ingest([Oil("c"), Oil("d")]);
        collection.GetStats();
        var afterFour = CommittedSeq(index);
        collection.Ingest([Oil("e")]);
        collection.GetStats();
        var afterFive = CommittedSeq(index);
        collection.Flush();

        Assert.Equal((0L, 4L, 4L, 5L), (afterTwo, afterFour, afterFive, CommittedSeq(index)));
    }

    [Fact]
    public void Ingest_ManyBatchesInARow_EachIsSearchableRightAfter()
    {
        using var collection = Collection.Open(DatabasePath);

        for (var i = 0; i < 20; i++)
        {
            collection.Ingest([Oil($"o{i}"), Gas($"g{i}")]);
            Assert.Equal(i + 1, collection.Search(new SearchRequest("النفط") { Take = 0 }).Total);
        }
    }

    [Fact]
    public void Dispose_RightAfterIngest_LeavesNothingToReplay()
    {
        using (var collection = Collection.Open(DatabasePath))
        {
            for (var i = 0; i < 5; i++)
            {
                collection.Ingest([Oil($"o{i}"), Gas($"g{i}")]);
            }
        }

        using var reopened = Collection.Open(DatabasePath);

        Assert.Equal(0, reopened.ReplayedOnOpen);
        Assert.Equal(10, reopened.GetStats().IndexedCount);
    }

    [Fact]
    public void Ingest_IndexingFails_NextWriteReportsItAndTheNextOpenIndexesTheBatch()
    {
        var paths = StorePaths.ForDatabase(DatabasePath);
        using (var collection = Collection.Open(
            paths,
            SqliteDocumentStore.Open(DatabasePath),
            store => new PoisonedIndex(LuceneIndex.Open(paths.IndexPath), poisonedId: "poison"),
            CollectionOptions.Default))
        {
            collection.Ingest([Oil("a")]);
            var stored = collection.Ingest([Oil("poison"), Oil("b")]);
            var error = Assert.Throws<IOException>(collection.Flush);
            // Reported once; later batches are indexed, but the checkpoint stays before the failed one.
            collection.Ingest([Oil("c")]);
            collection.Flush();

            Assert.Equal(2, stored.Added);
            Assert.Contains(paths.IndexPath, error.Message, StringComparison.Ordinal);
            Assert.NotNull(collection.Get("poison"));
            Assert.Equal(["a", "c"], Ids(collection, "النفط").Order(StringComparer.Ordinal));
        }

        using var reopened = Collection.Open(DatabasePath);

        Assert.Equal(3, reopened.ReplayedOnOpen);
        Assert.Equal(["a", "b", "c", "poison"], Ids(reopened, "النفط").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GetStats_AfterIngest_CountsStoreAndIndex()
    {
        using var collection = Collection.Open(DatabasePath);
        collection.Ingest(SomeNews());

        var stats = collection.GetStats();

        Assert.Equal(SomeNews().Count, stats.Store.Count);
        Assert.Equal(SomeNews().Count, stats.IndexedCount);
        Assert.True(stats.Store.SizeBytes > 0);
        Assert.True(stats.IndexSizeBytes > 0);
    }

    [Fact]
    public void List_ThroughTheCollection_ReadsTheStore()
    {
        using var collection = Collection.Open(DatabasePath);
        collection.Ingest(SomeNews());

        var page = collection.List(new ListQuery { Outlet = "رووداو" });

        Assert.Equal(["n2", "n1"], page.Items.Select(i => i.Id));
    }

    private static IReadOnlyList<string> Ids(Collection collection, string query) =>
        collection.Search(new SearchRequest(query) { Take = 100 }).Hits.Select(h => h.Id).ToList();

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
