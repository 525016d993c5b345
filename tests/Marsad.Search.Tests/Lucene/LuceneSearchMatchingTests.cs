using Marsad.Search.Tests.Support;

namespace Marsad.Search.Tests.Lucene;

/// <summary>Which articles a query finds, and in what order by relevance.</summary>
public sealed class LuceneSearchMatchingTests : IDisposable
{
    private readonly IndexFixture _index = new();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("وقال والسوداني إن الحكومة ماضية", "السوداني")]
    [InlineData("وقال السوداني إن الحكومة ماضية", "والسوداني")]
    [InlineData("التقى الرئيس بالسوداني أمس", "سوداني")]
    [InlineData("تجري الانتخابات في موعدها", "انتخابات")]
    [InlineData("تجري انتخابات مبكرة", "الانتخابات")]
    [InlineData("انطلقت الحملة الانتخابية أمس", "الانتخابات")]
    [InlineData("وصل وزراء الخارجية", "والوزراء")]
    [InlineData("أعلنت الحكومة خطتها", "الحكومه")]
    [InlineData("زار وفد إسرائيلي المنطقة", "اسرائيلي")]
    [InlineData("قالَ رئيسُ الـوزراءِ كلمته", "الوزراء")]
    [InlineData("بلغ الإنتاج ٢٠٢٤ برميل", "2024")]
    public void Search_WordInAnotherForm_FindsTheArticle(string text, string query)
    {
        _index.With(Articles.Make("a", text), Articles.Make("other", "خبر لا علاقة له بالموضوع"));

        Assert.Equal(["a"], _index.Ids(query));
    }

    [Fact]
    public void Search_ExactName_RanksAboveArticlesSharingOnlyTheStem()
    {
        _index.With(
            Articles.Make("stem-only", "التقى الوفد مسؤولين سودانيين، وأكد السودانيون والسودانيين دعمهم"),
            Articles.Make("exact", "وصل السوداني إلى بغداد في زيارة رسمية قصيرة إلى العاصمة العراقية وعقد لقاءات عديدة"));

        Assert.Equal(["exact", "stem-only"], _index.Ids("السوداني"));
    }

    [Fact]
    public void Search_SeveralWords_RequiresEveryOne()
    {
        _index.With(
            Articles.Make("both", "ارتفعت أسعار النفط في بغداد"),
            Articles.Make("one", "ارتفعت أسعار النفط في لندن"));

        Assert.Equal(["both"], _index.Ids("النفط بغداد"));
    }

    [Fact]
    public void Search_QuotedPhrase_MatchesOnlyTheWordsTogetherInOrder()
    {
        _index.With(
            Articles.Make("phrase", "قال رئيس الوزراء محمد شياع السوداني إن الحكومة ماضية"),
            Articles.Make("apart", "قال محمد إن السوداني التقى شياع في الوزارة"),
            Articles.Make("clitic", "ونقل مكتبه عن لمحمد شياع السوداني قوله"));

        Assert.Equal(["clitic", "phrase"], _index.Ids("\"محمد شياع السوداني\"").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_ExcludedWord_LeavesOutArticlesContainingIt()
    {
        _index.With(
            Articles.Make("oil", "ارتفعت أسعار النفط والغاز"),
            Articles.Make("oil-only", "ارتفعت أسعار النفط"));

        Assert.Equal(["oil-only"], _index.Ids("النفط -الغاز"));
    }

    [Fact]
    public void Search_OnlyExcludedWord_ReturnsEveryOtherArticle()
    {
        _index.With(Articles.Make("a", "النفط"), Articles.Make("b", "الغاز"));

        Assert.Equal(["b"], _index.Ids("-النفط"));
    }

    [Fact]
    public void Search_Or_MatchesEitherWord()
    {
        _index.With(
            Articles.Make("oil", "ارتفعت أسعار النفط"),
            Articles.Make("gas", "ارتفعت أسعار الغاز"),
            Articles.Make("gold", "ارتفعت أسعار الذهب"));

        Assert.Equal(["gas", "oil"], _index.Ids("النفط OR الغاز").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_WordInTitleOnly_FindsTheArticle()
    {
        _index.With(Articles.Make("a", "نص بلا الكلمة", title: "البرلمان يجتمع"));

        Assert.Equal(["a"], _index.Ids("البرلمان"));
    }

    [Fact]
    public void Search_WordInTitle_RanksAboveTheSameWordInTheBody()
    {
        _index.With(
            Articles.Make("body", "اجتمع البرلمان اليوم لمناقشة الموازنة", title: "جلسة اليوم"),
            Articles.Make("title", "اجتمع النواب اليوم لمناقشة الموازنة", title: "البرلمان يجتمع"));

        Assert.Equal("title", _index.Ids("البرلمان")[0]);
    }

    [Fact]
    public void Search_LatinWordsAnyCase_Match()
    {
        _index.With(Articles.Make("a", "قال متحدث باسم Reuters إن"));

        Assert.Equal(["a"], _index.Ids("reuters"));
    }

    [Fact]
    public async Task Search_PunctuationOnly_MatchesEverything()
    {
        _index.With(Articles.Make("a", "النفط"), Articles.Make("b", "الغاز"));

        Assert.Equal(2, _index.Search("،؟!").Total);
    }
}
