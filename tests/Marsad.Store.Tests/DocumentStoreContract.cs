using Marsad.Core.Documents;
using Marsad.Store.Tests.Support;

namespace Marsad.Store.Tests;

/// <summary>
/// What every <see cref="IDocumentStore"/> backend must do. A backend's test class derives from
/// this and supplies <see cref="CreateStore"/>; SQLite always runs, PostgreSQL joins when its
/// connection string is set.
/// </summary>
public abstract partial class DocumentStoreContract : IDisposable
{
    /// <summary>A stored digest of the version this build reads.</summary>
    private static readonly string CurrentDigest = $"{{\"v\":{Marsad.Core.Digests.DocumentDigest.Version}}}";

    private IDocumentStore? _store;

    /// <summary>A new, empty store, owned by the test class from then on.</summary>
    protected abstract IDocumentStore CreateStore();

    protected IDocumentStore Store => _store ??= CreateStore();

    public virtual void Dispose()
    {
        _store?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Upsert_NewArticles_ReturnsAddedAndStoresThem()
    {
        var results = await Store.UpsertAsync([Articles.Make("a"), Articles.Make("b")]);

        Assert.Equal([UpsertOutcome.Added, UpsertOutcome.Added], results.Select(r => r.Outcome));
        Assert.Equal(["a", "b"], results.Select(r => r.Id));
        Assert.NotNull(await Store.GetAsync("a"));
        Assert.NotNull(await Store.GetAsync("b"));
    }

    [Fact]
    public async Task Upsert_SameContentAgain_ReturnsUnchangedAndWritesNothing()
    {
        await Store.UpsertAsync([Articles.Make("a"), Articles.Make("b")]);
        var seq = await Store.GetLastSeqAsync();

        var results = await Store.UpsertAsync([Articles.Make("a"), Articles.Make("b")]);

        Assert.All(results, r => Assert.Equal(UpsertOutcome.Unchanged, r.Outcome));
        Assert.Equal(seq, await Store.GetLastSeqAsync());
        Assert.Empty(await Store.ChangesSinceAsync(seq).ToListAsync());
    }

    [Fact]
    public async Task Upsert_ChangedContent_ReturnsUpdatedAndStoresTheNewContent()
    {
        await Store.UpsertAsync([Articles.Make("a", text: "الأولى")]);

        var results = await Store.UpsertAsync([Articles.Make("a", text: "الثانية")]);

        Assert.Equal(UpsertOutcome.Updated, Assert.Single(results).Outcome);
        Assert.Equal("الثانية", (await Store.GetAsync("a"))!.Text);
        Assert.Equal(1, (await Store.GetStatsAsync()).Count);
    }

    [Fact]
    public async Task Upsert_ChangedMetadataOnly_ReturnsUpdated()
    {
        await Store.UpsertAsync([Articles.Make("a", title: "قديم")]);

        var results = await Store.UpsertAsync([Articles.Make("a", title: "جديد")]);

        Assert.Equal(UpsertOutcome.Updated, Assert.Single(results).Outcome);
        Assert.Equal("جديد", (await Store.GetAsync("a"))!.Title);
    }

    [Fact]
    public async Task Upsert_IdenticalBodiesUnderDifferentIds_KeepsEveryOne()
    {
        var results = await Store.UpsertAsync([Articles.Make("a", text: "النص نفسه"), Articles.Make("b", text: "النص نفسه")]);
        var again = await Store.UpsertAsync([Articles.Make("c", text: "النص نفسه")]);

        Assert.All(results.Concat(again), r => Assert.Equal(UpsertOutcome.Added, r.Outcome));
        Assert.Equal(3, (await Store.GetStatsAsync()).Count);
    }

    [Fact]
    public async Task Upsert_SameIdTwiceInOneBatch_TheLaterVersionWins()
    {
        var results = await Store.UpsertAsync([Articles.Make("a", text: "أولى"), Articles.Make("a", text: "ثانية"), Articles.Make("a", text: "ثانية")]);

        Assert.Equal([UpsertOutcome.Added, UpsertOutcome.Updated, UpsertOutcome.Unchanged], results.Select(r => r.Outcome));
        Assert.Equal("ثانية", (await Store.GetAsync("a"))!.Text);
    }

    [Fact]
    public async Task Upsert_FailureMidBatch_StoresNothingOfThatBatch()
    {
        await Store.UpsertAsync([Articles.Make("kept")]);
        var seq = await Store.GetLastSeqAsync();
        // A null body breaks the NOT NULL rule only after two rows of the batch were written.
        var broken = Articles.Make("broken") with { Text = null! };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.UpsertAsync([Articles.Make("x"), Articles.Make("kept", text: "تغيير"), broken]));

        Assert.Null(await Store.GetAsync("x"));
        Assert.Equal("نص الخبر", (await Store.GetAsync("kept"))!.Text);
        Assert.Equal(seq, await Store.GetLastSeqAsync());
        Assert.Equal(1, (await Store.GetStatsAsync()).Count);
    }

    [Fact]
    public async Task Upsert_CancelledMidBatch_StoresNothingOfThatBatch()
    {
        using var cancellation = new CancellationTokenSource();
        var batch = new CancellingList(Articles.Many(10), cancelAt: 5, cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.UpsertAsync(batch, cancellation.Token));

        Assert.Equal(0, (await Store.GetStatsAsync()).Count);
        Assert.Equal(0, await Store.GetLastSeqAsync());
    }

    [Fact]
    public async Task Upsert_EmptyBatch_ReturnsNoResults()
    {
        Assert.Empty(await Store.UpsertAsync([]));
        Assert.Equal(0, await Store.GetLastSeqAsync());
    }

    [Fact]
    public async Task Get_StoredArticle_RoundTripsEveryField()
    {
        var article = new Article(
            Id: "https://example.com/1",
            Source: "feeds/a.jsonl#3",
            Title: "رئيس الوزراء يزور بغداد",
            Text: "قالَ رئيسُ الوزراءِ محمد شياع السوداني…\nسطر ثانٍ",
            Author: "مراسلنا",
            Outlet: "رووداو",
            Published: Articles.Parse("2024-01-13T01:30:00+03:00"),
            Url: "https://example.com/1");
        await Store.UpsertAsync([article]);

        var stored = await Store.GetAsync(article.Id);

        Assert.Equal(article, stored);
        Assert.Equal(TimeSpan.FromHours(3), stored!.Published!.Value.Instant!.Value.Offset);
        Assert.Equal(new DateOnly(2024, 1, 13), stored.Published.Value.Date);
    }

    [Fact]
    public async Task Get_ArticleWithoutOptionalFields_RoundTrips()
    {
        var article = new Article("a", "src", null, "نص", null, null, null, null);
        await Store.UpsertAsync([article]);

        Assert.Equal(article, await Store.GetAsync("a"));
    }

    [Fact]
    public async Task Get_UnknownId_ReturnsNull()
    {
        Assert.Null(await Store.GetAsync("nothing"));
    }

    [Fact]
    public async Task Delete_StoredId_RemovesItAndReturnsTrue()
    {
        await Store.UpsertAsync([Articles.Make("a"), Articles.Make("b")]);

        Assert.True(await Store.DeleteAsync("a"));

        Assert.Null(await Store.GetAsync("a"));
        Assert.NotNull(await Store.GetAsync("b"));
        Assert.Equal(1, (await Store.GetStatsAsync()).Count);
    }

    [Fact]
    public async Task Delete_UnknownId_ReturnsFalseAndWritesNothing()
    {
        await Store.UpsertAsync([Articles.Make("a")]);
        var seq = await Store.GetLastSeqAsync();

        Assert.False(await Store.DeleteAsync("nothing"));

        Assert.Equal(seq, await Store.GetLastSeqAsync());
    }

    [Fact]
    public async Task Upsert_AfterDelete_AddsTheIdAgain()
    {
        await Store.UpsertAsync([Articles.Make("a")]);
        await Store.DeleteAsync("a");

        var results = await Store.UpsertAsync([Articles.Make("a")]);

        Assert.Equal(UpsertOutcome.Added, Assert.Single(results).Outcome);
        Assert.NotNull(await Store.GetAsync("a"));
    }

    [Fact]
    public async Task List_ByOutlet_ReturnsOnlyThatOutletIgnoringCase()
    {
        await Store.UpsertAsync([
            Articles.Make("a", outlet: "Al Jazeera"),
            Articles.Make("b", outlet: "رووداو"),
            Articles.Make("c", outlet: "Al Jazeera"),
        ]);

        var page = await Store.ListAsync(new ListQuery { Outlet = " al jazeera " });

        Assert.Equal(2, page.Total);
        Assert.Equal(["a", "c"], page.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_ByDateRange_IncludesBothEndsAndLeavesOutUndated()
    {
        await Store.UpsertAsync([
            Articles.Make("jan1", published: "2024-01-01"),
            Articles.Make("jan10", published: "2024-01-10T23:30:00+03:00"),
            Articles.Make("jan20", published: "2024-01-20"),
            Articles.Make("feb", published: "2024-02-01"),
            Articles.Make("undated", published: null),
        ]);

        var page = await Store.ListAsync(new ListQuery { From = new DateOnly(2024, 1, 10), To = new DateOnly(2024, 1, 20), Order = ListOrder.Oldest });

        Assert.Equal(["jan10", "jan20"], page.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task List_NewestAndOldest_OrderByPublicationWithUndatedLast()
    {
        await Store.UpsertAsync([
            Articles.Make("mid", published: "2024-01-10T12:00:00Z"),
            Articles.Make("undated", published: null),
            Articles.Make("old", published: "2023-05-01"),
            Articles.Make("new", published: "2024-03-01T08:00:00+03:00"),
        ]);

        var newest = await Store.ListAsync(new ListQuery { Order = ListOrder.Newest });
        var oldest = await Store.ListAsync(new ListQuery { Order = ListOrder.Oldest });

        Assert.Equal(["new", "mid", "old", "undated"], newest.Items.Select(i => i.Id));
        Assert.Equal(["old", "mid", "new", "undated"], oldest.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task List_SkipAndTake_ReturnsThePageAndTheFullTotal()
    {
        await Store.UpsertAsync(Enumerable.Range(1, 9).Select(d => Articles.Make($"d{d}", published: $"2024-01-0{d}")).ToList());

        var page = await Store.ListAsync(new ListQuery { Skip = 2, Take = 3, Order = ListOrder.Oldest });

        Assert.Equal(9, page.Total);
        Assert.Equal(["d3", "d4", "d5"], page.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task List_Summary_CarriesTitleOutletDateAndLength()
    {
        await Store.UpsertAsync([Articles.Make("a", text: "خمسة", title: "عنوان", outlet: "رووداو", published: "2024-01-13")]);

        var item = Assert.Single((await Store.ListAsync(new ListQuery())).Items);

        Assert.Equal(new DocumentSummary("a", "عنوان", "رووداو", Articles.Parse("2024-01-13"), null, 4), item);
    }

    [Fact]
    public async Task GetStats_MixedArticles_CountsOutletsAndDateRange()
    {
        await Store.UpsertAsync([
            Articles.Make("a", outlet: "رووداو", published: "2024-01-05"),
            Articles.Make("b", outlet: "رووداو", published: "2023-12-31T22:00:00-05:00"),
            Articles.Make("c", outlet: "الجزيرة", published: "2024-02-01"),
            Articles.Make("d", outlet: null, published: null),
        ]);

        var stats = await Store.GetStatsAsync();

        Assert.Equal(4, stats.Count);
        Assert.Equal(new OutletCount("رووداو", 2), stats.Outlets[0]);
        Assert.Equal(3, stats.Outlets.Count);
        Assert.Contains(new OutletCount(null, 1), stats.Outlets);
        Assert.Equal(new DateOnly(2023, 12, 31), stats.Earliest);
        Assert.Equal(new DateOnly(2024, 2, 1), stats.Latest);
        Assert.Equal(await Store.GetLastSeqAsync(), stats.LastSeq);
    }

    [Fact]
    public async Task GetStats_EmptyStore_HasNoDates()
    {
        var stats = await Store.GetStatsAsync();

        Assert.Equal(0, stats.Count);
        Assert.Empty(stats.Outlets);
        Assert.Null(stats.Earliest);
        Assert.Null(stats.Latest);
    }

    [Fact]
    public async Task ChangesSince_Zero_ReturnsEveryArticleInSequenceOrder()
    {
        var results = await Store.UpsertAsync([Articles.Make("a"), Articles.Make("b"), Articles.Make("c")]);

        var changes = (await Store.ChangesSinceAsync(0).ToListAsync()).ToList();

        Assert.Equal(["a", "b", "c"], changes.Select(c => c.Id));
        Assert.Equal(results.Select(r => r.Seq), changes.Select(c => c.Seq));
        Assert.True(changes.Zip(changes.Skip(1)).All(p => p.First.Seq < p.Second.Seq));
        Assert.Equal(await Store.GetLastSeqAsync(), changes[^1].Seq);
    }

    [Fact]
    public async Task ChangesSince_AfterUpdateAndDelete_ReturnsLatestStatesAndTombstones()
    {
        await Store.UpsertAsync([Articles.Make("a"), Articles.Make("b"), Articles.Make("c")]);
        var seq = await Store.GetLastSeqAsync();
        await Store.UpsertAsync([Articles.Make("a", text: "تحديث")]);
        await Store.DeleteAsync("b");

        var changes = (await Store.ChangesSinceAsync(seq).ToListAsync()).ToList();

        Assert.Equal(2, changes.Count);
        Assert.Equal("a", changes[0].Id);
        Assert.Equal("تحديث", changes[0].Article!.Text);
        Assert.Equal("b", changes[1].Id);
        Assert.True(changes[1].IsDeletion);
    }

    [Fact]
    public async Task ChangesSince_IdReaddedAfterDelete_ShowsTheArticleNotTheTombstone()
    {
        await Store.UpsertAsync([Articles.Make("a")]);
        await Store.DeleteAsync("a");
        await Store.UpsertAsync([Articles.Make("a", text: "عاد")]);

        var change = Assert.Single(await Store.ChangesSinceAsync(0).ToListAsync());

        Assert.Equal("عاد", change.Article!.Text);
    }

    [Fact]
    public async Task ChangesSince_MoreChangesThanOnePage_ReturnsThemAll()
    {
        await Store.UpsertAsync(Articles.Many(700));

        var changes = (await Store.ChangesSinceAsync(0).ToListAsync()).ToList();

        Assert.Equal(700, changes.Count);
        Assert.Equal(700, changes.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task ChangesSince_LastSeq_IsEmpty()
    {
        await Store.UpsertAsync([Articles.Make("a")]);

        Assert.Empty(await Store.ChangesSinceAsync(await Store.GetLastSeqAsync()).ToListAsync());
    }

    [Fact]
    public async Task LastSeq_EveryWrite_Increases()
    {
        var seen = new List<long> { await Store.GetLastSeqAsync() };
        await Store.UpsertAsync([Articles.Make("a")]);
        seen.Add(await Store.GetLastSeqAsync());
        await Store.UpsertAsync([Articles.Make("a", text: "ب")]);
        seen.Add(await Store.GetLastSeqAsync());
        await Store.DeleteAsync("a");
        seen.Add(await Store.GetLastSeqAsync());

        Assert.Equal(seen.Order(), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task SaveAnalyses_OfAStoredArticle_IsReadBack()
    {
        var article = Articles.Make("a");
        await Store.UpsertAsync([article]);

        int stored = await Store.SaveAnalysesAsync([new StoredAnalysis("a", article.ComputeContentHash(), "marsad 1", "{\"version\":\"1\"}")]);

        Assert.Equal(1, stored);
        var analysis = await Store.GetAnalysisAsync("a");
        Assert.NotNull(analysis);
        Assert.Equal("marsad 1", analysis.Generator);
        Assert.Equal("{\"version\":\"1\"}", analysis.Json);
    }

    [Fact]
    public async Task ReadDigests_GivesTheStoredDigestWithTheArticleTextAndNoAnalysis()
    {
        var article = Articles.Make("a");
        await Store.UpsertAsync([article]);
        await Store.SaveAnalysesAsync([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{\"n\":1}", CurrentDigest)]);

        var seen = await Store.ReadDigestsAsync().ToListAsync();

        var only = Assert.Single(seen);
        Assert.Equal(CurrentDigest, only.Digest);
        Assert.Null(only.Analysis);
        Assert.Equal(article.Text, only.Text);
        Assert.Equal("{\"n\":1}", (await Store.GetAnalysisAsync("a"))!.Json);
    }

    [Fact]
    public async Task ReadDigests_WithoutText_LeavesTheTextOutButNotTheDigest()
    {
        var article = Articles.Make("a");
        await Store.UpsertAsync([article]);
        await Store.SaveAnalysesAsync([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{}", CurrentDigest)]);

        var only = Assert.Single(await Store.ReadDigestsAsync(withText: false).ToListAsync());

        Assert.Equal("", only.Text);
        Assert.Equal(CurrentDigest, only.Digest);
    }

    [Fact]
    public async Task ReadDigests_WithoutAStoredDigest_GivesTheAnalysisToBuildOneFrom()
    {
        var article = Articles.Make("a");
        await Store.UpsertAsync([article]);
        await Store.SaveAnalysesAsync([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{\"n\":1}")]);

        var only = Assert.Single(await Store.ReadDigestsAsync().ToListAsync());

        Assert.Null(only.Digest);
        Assert.Equal("{\"n\":1}", only.Analysis);
    }

    [Fact]
    public async Task ReadDigests_OfAnotherVersion_GivesTheAnalysisToBuildOneFrom()
    {
        var article = Articles.Make("a");
        await Store.UpsertAsync([article]);
        await Store.SaveAnalysesAsync([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{\"n\":1}", "{\"v\":999}")]);

        var only = Assert.Single(await Store.ReadDigestsAsync().ToListAsync());

        Assert.Equal("{\"n\":1}", only.Analysis);
    }

    [Fact]
    public async Task ReadDigests_SkipsTheDigestOfAnArticleChangedSince()
    {
        var a = Articles.Make("a");
        await Store.UpsertAsync([a]);
        await Store.SaveAnalysesAsync([new StoredAnalysis("a", a.ComputeContentHash(), "g", "{}", CurrentDigest)]);
        await Store.UpsertAsync([a with { Text = a.Text + " تحديث" }]);

        Assert.Empty(await Store.ReadDigestsAsync().ToListAsync());
    }

    [Fact]
    public async Task ReadDigests_MoreThanAPage_StreamsEveryOneOnceInOrder()
    {
        var articles = Enumerable.Range(0, 600).Select(i => Articles.Make($"d{i:D4}")).ToList();
        await Store.UpsertAsync(articles);
        await Store.SaveAnalysesAsync([.. articles.Select(a => new StoredAnalysis(a.Id, a.ComputeContentHash(), "g", "{}", "{}"))]);

        var seen = await Store.ReadDigestsAsync().Select(x => x.DocumentId).ToListAsync();

        Assert.Equal(articles.Select(a => a.Id), seen);
    }

    [Fact]
    public async Task ReadDigests_StreamsCurrentDigestsInTheOrderArticlesWereStored()
    {
        var b = Articles.Make("b");
        var a = Articles.Make("a");
        var c = Articles.Make("c");
        await Store.UpsertAsync([b, a, c]);
        await Store.SaveAnalysesAsync([
            new StoredAnalysis("a", a.ComputeContentHash(), "g", "{\"n\":1}"),
            new StoredAnalysis("b", b.ComputeContentHash(), "g", "{\"n\":2}"),
            new StoredAnalysis("c", c.ComputeContentHash(), "g", "{\"n\":3}"),
        ]);
        await Store.UpsertAsync([c with { Text = c.Text + " تحديث" }]);

        var seen = new List<string>();
        await foreach (var x in Store.ReadDigestsAsync())
        {
            seen.Add(x.DocumentId);
        }

        Assert.Equal(["b", "a"], seen);
    }

    [Fact]
    public async Task Get_CancelledToken_ThrowsWithoutReading()
    {
        await Store.UpsertAsync([Articles.Make("a")]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.GetAsync("a", cancelled.Token));
    }

    [Fact]
    public async Task SaveAnalyses_OfAnUnknownOrChangedArticle_StoresNothing()
    {
        var article = Articles.Make("a");
        await Store.UpsertAsync([article]);

        int stored = await Store.SaveAnalysesAsync([
            new StoredAnalysis("missing", "hash", "g", "{}"),
            new StoredAnalysis("a", "another version's hash", "g", "{}"),
        ]);

        Assert.Equal(0, stored);
        Assert.Null(await Store.GetAnalysisAsync("a"));
    }

    [Fact]
    public async Task GetAnalysis_AfterTheArticleChanged_ReturnsNull()
    {
        var article = Articles.Make("a");
        await Store.UpsertAsync([article]);
        await Store.SaveAnalysesAsync([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{}")]);

        await Store.UpsertAsync([Articles.Make("a", text: "نص آخر")]);

        Assert.Null(await Store.GetAnalysisAsync("a"));
    }

    [Fact]
    public async Task SaveAnalyses_Again_ReplacesTheEarlierAnalysis()
    {
        var article = Articles.Make("a");
        await Store.UpsertAsync([article]);
        await Store.SaveAnalysesAsync([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{\"n\":1}")]);

        await Store.SaveAnalysesAsync([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{\"n\":2}")]);

        Assert.Equal("{\"n\":2}", (await Store.GetAnalysisAsync("a"))?.Json);
    }

    [Fact]
    public async Task Delete_RemovesTheArticlesAnalysis()
    {
        var article = Articles.Make("a");
        await Store.UpsertAsync([article]);
        await Store.SaveAnalysesAsync([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{}")]);

        await Store.DeleteAsync("a");
        await Store.UpsertAsync([article]);

        Assert.Null(await Store.GetAnalysisAsync("a"));
    }
}
