using Marsad.Search.Tests.Support;

namespace Marsad.Search.Tests.Lucene;

/// <summary>Filters, paging, sorting and what a hit carries.</summary>
public sealed class LuceneSearchResultsTests : IDisposable
{
    private readonly IndexFixture _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Search_OutletFilter_KeepsOnlyThatOutletIgnoringCase()
    {
        _index.With(
            Articles.Make("a", "النفط", outlet: "Rudaw"),
            Articles.Make("b", "النفط", outlet: "الجزيرة"),
            Articles.Make("c", "النفط", outlet: null));

        Assert.Equal(["a"], _index.Ids(new SearchRequest("النفط") { Outlet = "rudaw" }));
        Assert.Equal(["b"], _index.Ids(new SearchRequest("النفط") { Outlet = "الجزيرة" }));
    }

    [Fact]
    public void Search_DateRange_IncludesBothEndsByThePublishersOwnDate()
    {
        _index.With(
            Articles.Make("before", "النفط", published: "2024-01-09"),
            Articles.Make("first-day-late", "النفط", published: "2024-01-10T23:30:00+03:00"),
            Articles.Make("last-day", "النفط", published: "2024-01-20"),
            Articles.Make("after", "النفط", published: "2024-01-21T00:10:00+03:00"),
            Articles.Make("undated", "النفط", published: null));

        var ids = _index.Ids(new SearchRequest("النفط") { From = new DateOnly(2024, 1, 10), To = new DateOnly(2024, 1, 20), Sort = SearchSort.Oldest });

        Assert.Equal(["first-day-late", "last-day"], ids);
    }

    [Fact]
    public void Search_OpenEndedDateRange_FiltersOneSide()
    {
        _index.With(
            Articles.Make("old", "النفط", published: "2020-01-01"),
            Articles.Make("new", "النفط", published: "2024-01-01"));

        Assert.Equal(["new"], _index.Ids(new SearchRequest("النفط") { From = new DateOnly(2023, 1, 1) }));
        Assert.Equal(["old"], _index.Ids(new SearchRequest("النفط") { To = new DateOnly(2023, 1, 1) }));
    }

    [Fact]
    public async Task Search_SkipAndTake_ReturnsThePageAndTheFullTotal()
    {
        _index.With(Enumerable.Range(1, 25).Select(d => Articles.Make($"d{d:D2}", "النفط", published: $"2024-01-{d:D2}")).ToArray());

        var page = await _index.Index.SearchAsync(new SearchRequest("النفط") { Skip = 10, Take = 5, Sort = SearchSort.Oldest });

        Assert.Equal(25, page.Total);
        Assert.Equal(["d11", "d12", "d13", "d14", "d15"], page.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Search_TakeEverything_ReturnsAllWithoutSizingForTheRequest()
    {
        _index.With(Articles.Make("a", "النفط"), Articles.Make("b", "النفط"));

        var page = await _index.Index.SearchAsync(new SearchRequest("النفط") { Skip = 1, Take = int.MaxValue });

        Assert.Equal(2, page.Total);
        Assert.Single(page.Hits);
    }

    [Fact]
    public async Task Search_TakeZero_ReturnsOnlyTheTotal()
    {
        _index.With(Articles.Make("a", "النفط"), Articles.Make("b", "النفط"));

        var page = await _index.Index.SearchAsync(new SearchRequest("النفط") { Take = 0 });

        Assert.Equal(2, page.Total);
        Assert.Empty(page.Hits);
    }

    [Fact]
    public async Task Search_SkipPastTheEnd_ReturnsNoHitsButTheTotal()
    {
        _index.With(Articles.Make("a", "النفط"));

        var page = await _index.Index.SearchAsync(new SearchRequest("النفط") { Skip = 5 });

        Assert.Equal(1, page.Total);
        Assert.Empty(page.Hits);
    }

    [Fact]
    public void Search_SortByDate_OrdersByInstantWithUndatedLast()
    {
        _index.With(
            Articles.Make("mid", "النفط", published: "2024-01-10T12:00:00Z"),
            Articles.Make("undated", "النفط", published: null),
            Articles.Make("old", "النفط", published: "2023-05-01"),
            Articles.Make("new", "النفط", published: "2024-03-01T08:00:00+03:00"));

        Assert.Equal(["new", "mid", "old", "undated"], _index.Ids(new SearchRequest("النفط") { Sort = SearchSort.Newest }));
        Assert.Equal(["old", "mid", "new", "undated"], _index.Ids(new SearchRequest("النفط") { Sort = SearchSort.Oldest }));
    }

    [Fact]
    public async Task Search_SortByDate_StillReportsScores()
    {
        _index.With(Articles.Make("a", "النفط"));

        var hit = Assert.Single((await _index.Index.SearchAsync(new SearchRequest("النفط") { Sort = SearchSort.Newest })).Hits);

        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void Search_EmptyQuery_MatchesEveryArticleForBrowsing()
    {
        _index.With(Articles.Make("a", "النفط", published: "2024-01-01"), Articles.Make("b", "الغاز", published: "2024-02-01"));

        Assert.Equal(["b", "a"], _index.Ids(new SearchRequest("") { Sort = SearchSort.Newest }));
    }

    [Fact]
    public async Task Search_Hit_CarriesTitleOutletAndPublicationTime()
    {
        _index.With(Articles.Make("a", "ارتفعت أسعار النفط", title: "النفط يرتفع", outlet: "رووداو", published: "2024-01-13T01:30:00+03:00"));

        var hit = Assert.Single(_index.Search("النفط").Hits);

        Assert.Equal("a", hit.Id);
        Assert.Equal("النفط يرتفع", hit.Title);
        Assert.Equal("رووداو", hit.Outlet);
        Assert.Equal(Articles.Parse("2024-01-13T01:30:00+03:00"), hit.Published);
        Assert.Equal(TimeSpan.FromHours(3), hit.Published!.Value.Instant!.Value.Offset);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public async Task Search_TextWithDiacriticsAndTatweel_HighlightsTheWordAsPrinted()
    {
        const string text = "في بغداد، قالَ رئيسُ الـوزراءِ إنّ الحكومةَ ماضيةٌ في خطتها.";
        _index.With(Articles.Make("a", text));

        var hit = Assert.Single(_index.Search("الوزراء الحكومة").Hits);

        var marked = hit.Highlights.Select(h => hit.Snippet.Substring(h.Start, h.Length)).ToList();
        Assert.Equal(["الـوزراءِ", "الحكومةَ"], marked);
    }

    [Fact]
    public async Task Search_CliticForm_HighlightsTheWholeWord()
    {
        _index.With(Articles.Make("a", "وقالَ والسودانيُّ إن"));

        var hit = Assert.Single(_index.Search("السوداني").Hits);

        var h = Assert.Single(hit.Highlights);
        Assert.Equal("والسودانيُّ", hit.Snippet.Substring(h.Start, h.Length));
    }

    [Fact]
    public async Task Delete_IndexedArticle_NoLongerFound()
    {
        _index.With(Articles.Make("a", "النفط"), Articles.Make("b", "النفط"));

        await _index.Index.DeleteAsync("a");

        Assert.Equal(["b"], _index.Ids("النفط"));
        Assert.Equal(1, _index.Index.Count);
    }

    [Fact]
    public void Upsert_SameIdAgain_ReplacesTheArticle()
    {
        _index.With(Articles.Make("a", "النفط"));

        _index.With(Articles.Make("a", "الغاز"));

        Assert.Empty(_index.Ids("النفط"));
        Assert.Equal(["a"], _index.Ids("الغاز"));
        Assert.Equal(1, _index.Index.Count);
    }

    [Fact]
    public async Task Upsert_LargeBatchWithAnIdTwice_IndexesEveryArticleAndTheLaterVersion()
    {
        var batch = Enumerable.Range(0, 300).Select(i => Articles.Make($"a{i}", "أخبار الطقس")).ToList();
        batch.Insert(10, Articles.Make("twice", "النفط"));
        batch.Add(Articles.Make("twice", "الغاز"));

        _index.With([.. batch]);

        Assert.Equal(301, _index.Index.Count);
        Assert.Empty(_index.Ids("النفط"));
        Assert.Equal(["twice"], _index.Ids("الغاز"));
        Assert.Equal(300, _index.Search("الطقس").Total);
    }

    [Fact]
    public async Task DeleteAll_EmptiesTheIndex()
    {
        _index.With(Articles.Make("a", "النفط"));

        await _index.Index.DeleteAllAsync();

        Assert.Equal(0, _index.Search("").Total);
    }
}
