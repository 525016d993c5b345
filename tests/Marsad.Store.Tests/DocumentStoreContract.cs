using Marsad.Core.Documents;
using Marsad.Store.Tests.Support;

namespace Marsad.Store.Tests;

/// <summary>
/// What every <see cref="IDocumentStore"/> backend must do. A backend's test class derives from
/// this and supplies <see cref="CreateStore"/>; SQLite always runs, PostgreSQL joins when its
/// connection string is set.
/// </summary>
public abstract class DocumentStoreContract : IDisposable
{
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
    public void Upsert_NewArticles_ReturnsAddedAndStoresThem()
    {
        var results = Store.Upsert([Articles.Make("a"), Articles.Make("b")]);

        Assert.Equal([UpsertOutcome.Added, UpsertOutcome.Added], results.Select(r => r.Outcome));
        Assert.Equal(["a", "b"], results.Select(r => r.Id));
        Assert.NotNull(Store.Get("a"));
        Assert.NotNull(Store.Get("b"));
    }

    [Fact]
    public void Upsert_SameContentAgain_ReturnsUnchangedAndWritesNothing()
    {
        Store.Upsert([Articles.Make("a"), Articles.Make("b")]);
        var seq = Store.LastSeq;

        var results = Store.Upsert([Articles.Make("a"), Articles.Make("b")]);

        Assert.All(results, r => Assert.Equal(UpsertOutcome.Unchanged, r.Outcome));
        Assert.Equal(seq, Store.LastSeq);
        Assert.Empty(Store.ChangesSince(seq));
    }

    [Fact]
    public void Upsert_ChangedContent_ReturnsUpdatedAndStoresTheNewContent()
    {
        Store.Upsert([Articles.Make("a", text: "الأولى")]);

        var results = Store.Upsert([Articles.Make("a", text: "الثانية")]);

        Assert.Equal(UpsertOutcome.Updated, Assert.Single(results).Outcome);
        Assert.Equal("الثانية", Store.Get("a")!.Text);
        Assert.Equal(1, Store.GetStats().Count);
    }

    [Fact]
    public void Upsert_ChangedMetadataOnly_ReturnsUpdated()
    {
        Store.Upsert([Articles.Make("a", title: "قديم")]);

        var results = Store.Upsert([Articles.Make("a", title: "جديد")]);

        Assert.Equal(UpsertOutcome.Updated, Assert.Single(results).Outcome);
        Assert.Equal("جديد", Store.Get("a")!.Title);
    }

    [Fact]
    public void Upsert_IdenticalBodiesUnderDifferentIds_KeepsEveryOne()
    {
        var results = Store.Upsert([Articles.Make("a", text: "النص نفسه"), Articles.Make("b", text: "النص نفسه")]);
        var again = Store.Upsert([Articles.Make("c", text: "النص نفسه")]);

        Assert.All(results.Concat(again), r => Assert.Equal(UpsertOutcome.Added, r.Outcome));
        Assert.Equal(3, Store.GetStats().Count);
    }

    [Fact]
    public void Upsert_SameIdTwiceInOneBatch_TheLaterVersionWins()
    {
        var results = Store.Upsert([Articles.Make("a", text: "أولى"), Articles.Make("a", text: "ثانية"), Articles.Make("a", text: "ثانية")]);

        Assert.Equal([UpsertOutcome.Added, UpsertOutcome.Updated, UpsertOutcome.Unchanged], results.Select(r => r.Outcome));
        Assert.Equal("ثانية", Store.Get("a")!.Text);
    }

    [Fact]
    public void Upsert_FailureMidBatch_StoresNothingOfThatBatch()
    {
        Store.Upsert([Articles.Make("kept")]);
        var seq = Store.LastSeq;
        // A null body breaks the NOT NULL rule only after two rows of the batch were written.
        var broken = Articles.Make("broken") with { Text = null! };

        Assert.ThrowsAny<Exception>(() => Store.Upsert([Articles.Make("x"), Articles.Make("kept", text: "تغيير"), broken]));

        Assert.Null(Store.Get("x"));
        Assert.Equal("نص الخبر", Store.Get("kept")!.Text);
        Assert.Equal(seq, Store.LastSeq);
        Assert.Equal(1, Store.GetStats().Count);
    }

    [Fact]
    public void Upsert_CancelledMidBatch_StoresNothingOfThatBatch()
    {
        using var cancellation = new CancellationTokenSource();
        var batch = new CancellingList(Articles.Many(10), cancelAt: 5, cancellation);

        Assert.ThrowsAny<OperationCanceledException>(() => Store.Upsert(batch, cancellation.Token));

        Assert.Equal(0, Store.GetStats().Count);
        Assert.Equal(0, Store.LastSeq);
    }

    [Fact]
    public void Upsert_EmptyBatch_ReturnsNoResults()
    {
        Assert.Empty(Store.Upsert([]));
        Assert.Equal(0, Store.LastSeq);
    }

    [Fact]
    public void Get_StoredArticle_RoundTripsEveryField()
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
        Store.Upsert([article]);

        var stored = Store.Get(article.Id);

        Assert.Equal(article, stored);
        Assert.Equal(TimeSpan.FromHours(3), stored!.Published!.Value.Instant!.Value.Offset);
        Assert.Equal(new DateOnly(2024, 1, 13), stored.Published.Value.Date);
    }

    [Fact]
    public void Get_ArticleWithoutOptionalFields_RoundTrips()
    {
        var article = new Article("a", "src", null, "نص", null, null, null, null);
        Store.Upsert([article]);

        Assert.Equal(article, Store.Get("a"));
    }

    [Fact]
    public void Get_UnknownId_ReturnsNull()
    {
        Assert.Null(Store.Get("nothing"));
    }

    [Fact]
    public void Delete_StoredId_RemovesItAndReturnsTrue()
    {
        Store.Upsert([Articles.Make("a"), Articles.Make("b")]);

        Assert.True(Store.Delete("a"));

        Assert.Null(Store.Get("a"));
        Assert.NotNull(Store.Get("b"));
        Assert.Equal(1, Store.GetStats().Count);
    }

    [Fact]
    public void Delete_UnknownId_ReturnsFalseAndWritesNothing()
    {
        Store.Upsert([Articles.Make("a")]);
        var seq = Store.LastSeq;

        Assert.False(Store.Delete("nothing"));

        Assert.Equal(seq, Store.LastSeq);
    }

    [Fact]
    public void Upsert_AfterDelete_AddsTheIdAgain()
    {
        Store.Upsert([Articles.Make("a")]);
        Store.Delete("a");

        var results = Store.Upsert([Articles.Make("a")]);

        Assert.Equal(UpsertOutcome.Added, Assert.Single(results).Outcome);
        Assert.NotNull(Store.Get("a"));
    }

    [Fact]
    public void List_ByOutlet_ReturnsOnlyThatOutletIgnoringCase()
    {
        Store.Upsert([
            Articles.Make("a", outlet: "Al Jazeera"),
            Articles.Make("b", outlet: "رووداو"),
            Articles.Make("c", outlet: "Al Jazeera"),
        ]);

        var page = Store.List(new ListQuery { Outlet = " al jazeera " });

        Assert.Equal(2, page.Total);
        Assert.Equal(["a", "c"], page.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void List_ByDateRange_IncludesBothEndsAndLeavesOutUndated()
    {
        Store.Upsert([
            Articles.Make("jan1", published: "2024-01-01"),
            Articles.Make("jan10", published: "2024-01-10T23:30:00+03:00"),
            Articles.Make("jan20", published: "2024-01-20"),
            Articles.Make("feb", published: "2024-02-01"),
            Articles.Make("undated", published: null),
        ]);

        var page = Store.List(new ListQuery { From = new DateOnly(2024, 1, 10), To = new DateOnly(2024, 1, 20), Order = ListOrder.Oldest });

        Assert.Equal(["jan10", "jan20"], page.Items.Select(i => i.Id));
    }

    [Fact]
    public void List_NewestAndOldest_OrderByPublicationWithUndatedLast()
    {
        Store.Upsert([
            Articles.Make("mid", published: "2024-01-10T12:00:00Z"),
            Articles.Make("undated", published: null),
            Articles.Make("old", published: "2023-05-01"),
            Articles.Make("new", published: "2024-03-01T08:00:00+03:00"),
        ]);

        var newest = Store.List(new ListQuery { Order = ListOrder.Newest });
        var oldest = Store.List(new ListQuery { Order = ListOrder.Oldest });

        Assert.Equal(["new", "mid", "old", "undated"], newest.Items.Select(i => i.Id));
        Assert.Equal(["old", "mid", "new", "undated"], oldest.Items.Select(i => i.Id));
    }

    [Fact]
    public void List_SkipAndTake_ReturnsThePageAndTheFullTotal()
    {
        Store.Upsert(Enumerable.Range(1, 9).Select(d => Articles.Make($"d{d}", published: $"2024-01-0{d}")).ToList());

        var page = Store.List(new ListQuery { Skip = 2, Take = 3, Order = ListOrder.Oldest });

        Assert.Equal(9, page.Total);
        Assert.Equal(["d3", "d4", "d5"], page.Items.Select(i => i.Id));
    }

    [Fact]
    public void List_Summary_CarriesTitleOutletDateAndLength()
    {
        Store.Upsert([Articles.Make("a", text: "خمسة", title: "عنوان", outlet: "رووداو", published: "2024-01-13")]);

        var item = Assert.Single(Store.List(new ListQuery()).Items);

        Assert.Equal(new DocumentSummary("a", "عنوان", "رووداو", Articles.Parse("2024-01-13"), null, 4), item);
    }

    [Fact]
    public void GetStats_MixedArticles_CountsOutletsAndDateRange()
    {
        Store.Upsert([
            Articles.Make("a", outlet: "رووداو", published: "2024-01-05"),
            Articles.Make("b", outlet: "رووداو", published: "2023-12-31T22:00:00-05:00"),
            Articles.Make("c", outlet: "الجزيرة", published: "2024-02-01"),
            Articles.Make("d", outlet: null, published: null),
        ]);

        var stats = Store.GetStats();

        Assert.Equal(4, stats.Count);
        Assert.Equal(new OutletCount("رووداو", 2), stats.Outlets[0]);
        Assert.Equal(3, stats.Outlets.Count);
        Assert.Contains(new OutletCount(null, 1), stats.Outlets);
        Assert.Equal(new DateOnly(2023, 12, 31), stats.Earliest);
        Assert.Equal(new DateOnly(2024, 2, 1), stats.Latest);
        Assert.Equal(Store.LastSeq, stats.LastSeq);
    }

    [Fact]
    public void GetStats_EmptyStore_HasNoDates()
    {
        var stats = Store.GetStats();

        Assert.Equal(0, stats.Count);
        Assert.Empty(stats.Outlets);
        Assert.Null(stats.Earliest);
        Assert.Null(stats.Latest);
    }

    [Fact]
    public void ChangesSince_Zero_ReturnsEveryArticleInSequenceOrder()
    {
        var results = Store.Upsert([Articles.Make("a"), Articles.Make("b"), Articles.Make("c")]);

        var changes = Store.ChangesSince(0).ToList();

        Assert.Equal(["a", "b", "c"], changes.Select(c => c.Id));
        Assert.Equal(results.Select(r => r.Seq), changes.Select(c => c.Seq));
        Assert.True(changes.Zip(changes.Skip(1)).All(p => p.First.Seq < p.Second.Seq));
        Assert.Equal(Store.LastSeq, changes[^1].Seq);
    }

    [Fact]
    public void ChangesSince_AfterUpdateAndDelete_ReturnsLatestStatesAndTombstones()
    {
        Store.Upsert([Articles.Make("a"), Articles.Make("b"), Articles.Make("c")]);
        var seq = Store.LastSeq;
        Store.Upsert([Articles.Make("a", text: "تحديث")]);
        Store.Delete("b");

        var changes = Store.ChangesSince(seq).ToList();

        Assert.Equal(2, changes.Count);
        Assert.Equal("a", changes[0].Id);
        Assert.Equal("تحديث", changes[0].Article!.Text);
        Assert.Equal("b", changes[1].Id);
        Assert.True(changes[1].IsDeletion);
    }

    [Fact]
    public void ChangesSince_IdReaddedAfterDelete_ShowsTheArticleNotTheTombstone()
    {
        Store.Upsert([Articles.Make("a")]);
        Store.Delete("a");
        Store.Upsert([Articles.Make("a", text: "عاد")]);

        var change = Assert.Single(Store.ChangesSince(0));

        Assert.Equal("عاد", change.Article!.Text);
    }

    [Fact]
    public void ChangesSince_MoreChangesThanOnePage_ReturnsThemAll()
    {
        Store.Upsert(Articles.Many(700));

        var changes = Store.ChangesSince(0).ToList();

        Assert.Equal(700, changes.Count);
        Assert.Equal(700, changes.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ChangesSince_LastSeq_IsEmpty()
    {
        Store.Upsert([Articles.Make("a")]);

        Assert.Empty(Store.ChangesSince(Store.LastSeq));
    }

    [Fact]
    public void LastSeq_EveryWrite_Increases()
    {
        var seen = new List<long> { Store.LastSeq };
        Store.Upsert([Articles.Make("a")]);
        seen.Add(Store.LastSeq);
        Store.Upsert([Articles.Make("a", text: "ب")]);
        seen.Add(Store.LastSeq);
        Store.Delete("a");
        seen.Add(Store.LastSeq);

        Assert.Equal(seen.Order(), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public void SaveAnalyses_OfAStoredArticle_IsReadBack()
    {
        var article = Articles.Make("a");
        Store.Upsert([article]);

        int stored = Store.SaveAnalyses([new StoredAnalysis("a", article.ComputeContentHash(), "marsad 1", "{\"version\":\"1\"}")]);

        Assert.Equal(1, stored);
        var analysis = Store.GetAnalysis("a");
        Assert.NotNull(analysis);
        Assert.Equal("marsad 1", analysis.Generator);
        Assert.Equal("{\"version\":\"1\"}", analysis.Json);
    }

    [Fact]
    public void ForEachDigest_GivesTheStoredDigestWithTheArticleTextAndNoAnalysis()
    {
        var article = Articles.Make("a");
        Store.Upsert([article]);
        Store.SaveAnalyses([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{\"n\":1}", "{\"v\":1}")]);

        var seen = new List<StoredDigest>();
        Store.ForEachDigest(seen.Add);

        var only = Assert.Single(seen);
        Assert.Equal("{\"v\":1}", only.Digest);
        Assert.Null(only.Analysis);
        Assert.Equal(article.Text, only.Text);
        Assert.Equal("{\"n\":1}", Store.GetAnalysis("a")!.Json);
    }

    [Fact]
    public void ForEachDigest_WithoutAStoredDigest_GivesTheAnalysisToBuildOneFrom()
    {
        var article = Articles.Make("a");
        Store.Upsert([article]);
        Store.SaveAnalyses([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{\"n\":1}")]);

        var seen = new List<StoredDigest>();
        Store.ForEachDigest(seen.Add);

        var only = Assert.Single(seen);
        Assert.Null(only.Digest);
        Assert.Equal("{\"n\":1}", only.Analysis);
    }

    [Fact]
    public void ForEachDigest_SkipsTheDigestOfAnArticleChangedSince()
    {
        var a = Articles.Make("a");
        Store.Upsert([a]);
        Store.SaveAnalyses([new StoredAnalysis("a", a.ComputeContentHash(), "g", "{}", "{\"v\":1}")]);
        Store.Upsert([a with { Text = a.Text + " تحديث" }]);

        var seen = new List<StoredDigest>();
        Store.ForEachDigest(seen.Add);

        Assert.Empty(seen);
    }

    [Fact]
    public void ForEachAnalysis_VisitsCurrentAnalysesInTheOrderArticlesWereStored()
    {
        var b = Articles.Make("b");
        var a = Articles.Make("a");
        var c = Articles.Make("c");
        Store.Upsert([b, a, c]);
        Store.SaveAnalyses([
            new StoredAnalysis("a", a.ComputeContentHash(), "g", "{\"n\":1}"),
            new StoredAnalysis("b", b.ComputeContentHash(), "g", "{\"n\":2}"),
            new StoredAnalysis("c", c.ComputeContentHash(), "g", "{\"n\":3}"),
        ]);
        Store.Upsert([c with { Text = c.Text + " تحديث" }]);

        var seen = new List<string>();
        Store.ForEachAnalysis(x => seen.Add(x.DocumentId));

        Assert.Equal(["b", "a"], seen);
    }

    [Fact]
    public void SaveAnalyses_OfAnUnknownOrChangedArticle_StoresNothing()
    {
        var article = Articles.Make("a");
        Store.Upsert([article]);

        int stored = Store.SaveAnalyses([
            new StoredAnalysis("missing", "hash", "g", "{}"),
            new StoredAnalysis("a", "another version's hash", "g", "{}"),
        ]);

        Assert.Equal(0, stored);
        Assert.Null(Store.GetAnalysis("a"));
    }

    [Fact]
    public void GetAnalysis_AfterTheArticleChanged_ReturnsNull()
    {
        var article = Articles.Make("a");
        Store.Upsert([article]);
        Store.SaveAnalyses([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{}")]);

        Store.Upsert([Articles.Make("a", text: "نص آخر")]);

        Assert.Null(Store.GetAnalysis("a"));
    }

    [Fact]
    public void SaveAnalyses_Again_ReplacesTheEarlierAnalysis()
    {
        var article = Articles.Make("a");
        Store.Upsert([article]);
        Store.SaveAnalyses([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{\"n\":1}")]);

        Store.SaveAnalyses([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{\"n\":2}")]);

        Assert.Equal("{\"n\":2}", Store.GetAnalysis("a")?.Json);
    }

    [Fact]
    public void Delete_RemovesTheArticlesAnalysis()
    {
        var article = Articles.Make("a");
        Store.Upsert([article]);
        Store.SaveAnalyses([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{}")]);

        Store.Delete("a");
        Store.Upsert([article]);

        Assert.Null(Store.GetAnalysis("a"));
    }
}
