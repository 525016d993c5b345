using Marsad.Ingest.Tests.Support;

namespace Marsad.Ingest.Tests.PlainText;

public sealed class PlainTextCleanerTests
{
    private static string Page(params string[] lines) => string.Join('\n', lines);

    [Fact]
    public void Clean_BylineWithDate_GivesAuthorAndDateAndLeavesTheText()
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title, "", "كتبه سامر يوسف | 13 يناير, 2024", "", ArabicSamples.Lead, ArabicSamples.Second));

        Assert.Equal(ArabicSamples.Title, article.Title);
        Assert.Equal("سامر يوسف", article.Author);
        Assert.Equal(new DateOnly(2024, 1, 13), article.Published!.Value.Date);
        Assert.Null(article.Published!.Value.Instant);
        Assert.StartsWith(ArabicSamples.Lead, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("سامر", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("بقلم: ليلى حداد", "ليلى حداد")]
    [InlineData("بقلم ليلى حداد", "ليلى حداد")]
    [InlineData("تحليل : ليلى حداد", "ليلى حداد")]
    [InlineData("إعداد: ليلى حداد", "ليلى حداد")]
    [InlineData("كتب: ليلى حداد", "ليلى حداد")]
    [InlineData("By Laila Haddad", "Laila Haddad")]
    public void Clean_BylineForms_GiveTheAuthor(string byline, string author)
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title, byline, ArabicSamples.Lead, ArabicSamples.Second));

        Assert.Equal(author, article.Author);
        Assert.StartsWith(ArabicSamples.Lead, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_SectionLabelWithoutSeparator_IsNotAByline()
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title, "تحليل", ArabicSamples.Lead));

        Assert.Null(article.Author);
    }

    [Fact]
    public void Clean_AuthorBoxInTheFooter_GivesTheAuthorAndLeavesNoTrace()
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title, ArabicSamples.Lead, ArabicSamples.Second, "Latest posts by نادر سليم (see all)", "اظهر المزيد"));

        Assert.Equal("نادر سليم", article.Author);
        Assert.EndsWith(ArabicSamples.Second, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("الأحد 14 كانون الثاني 2024", 2024, 1, 14)]
    [InlineData("نشر في: 3 جانفي 2023", 2023, 1, 3)]
    [InlineData("2022-11-05", 2022, 11, 5)]
    [InlineData("05/11/2022", 2022, 11, 5)]
    [InlineData("بغداد - 9 أيار/مايو 2021", 2021, 5, 9)]
    [InlineData("٧ أكتوبر ٢٠٢٣", 2023, 10, 7)]
    public void Clean_DatelineUnderTheTitle_GivesTheDate(string dateline, int year, int month, int day)
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title, dateline, ArabicSamples.Lead, ArabicSamples.Second));

        Assert.Equal(new DateOnly(year, month, day), article.Published!.Value.Date);
        Assert.StartsWith(ArabicSamples.Lead, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DateInsideAParagraph_IsNotADateline()
    {
        var lead = "وفي 28 يناير 2024 أعلن المتحدث باسم الحكومة أن اللجنة العسكرية العليا بدأت أعمالها رسميا بحضور ممثلين عن جميع الأطراف المعنية في العاصمة.";

        var article = Inputs.CleanText(Page(ArabicSamples.Title, lead, ArabicSamples.Second));

        Assert.Null(article.Published);
        Assert.StartsWith(lead, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_BreadcrumbTrailAboveTheTitle_IsDropped()
    {
        var article = Inputs.CleanText(Page("الرئيسية / أخبار / اقتصاد", ArabicSamples.Title, ArabicSamples.Lead));

        Assert.Equal(ArabicSamples.Title, article.Title);
        Assert.DoesNotContain("الرئيسية", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_BreadcrumbTrailEndingInTheTitle_GivesTheTitle()
    {
        var article = Inputs.CleanText(Page("الرئيسية » أخبار » " + ArabicSamples.Title, ArabicSamples.Lead));

        Assert.Equal(ArabicSamples.Title, article.Title);
    }

    [Theory]
    [InlineData("أخبارمحلياتاقتصاد")]
    [InlineData("شؤون الجنوبعاجل")]
    [InlineData("منوعات")]
    public void Clean_GluedMenuWordsAboveTheTitle_AreDropped(string menu)
    {
        var article = Inputs.CleanText(Page(menu, "", ArabicSamples.Title, "", ArabicSamples.Lead));

        Assert.Equal(ArabicSamples.Title, article.Title);
        Assert.StartsWith(ArabicSamples.Lead, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_SectionWordsGluedOntoTheTitle_AreStripped()
    {
        var article = Inputs.CleanText(Page("أخبارسياسة" + ArabicSamples.Title, ArabicSamples.Lead));

        Assert.Equal(ArabicSamples.Title, article.Title);
    }

    [Fact]
    public void Clean_PageStartingWithAParagraph_HasNoTitle()
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Lead, ArabicSamples.Second));

        Assert.Null(article.Title);
        Assert.StartsWith(ArabicSamples.Lead, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_TitleWithKnownOutletSuffix_GivesTitleAndOutlet()
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title + " - سكاي نيوز عربية", ArabicSamples.Lead));

        Assert.Equal(ArabicSamples.Title, article.Title);
        Assert.Equal("سكاي نيوز عربية", article.Outlet);
    }

    [Fact]
    public void Clean_SourceLineNamingAKnownOutlet_GivesTheOutlet()
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title, ArabicSamples.Lead, ArabicSamples.Second, "المصدر: الجزيرة نت"));

        Assert.Equal("الجزيرة", article.Outlet);
        Assert.DoesNotContain("المصدر", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ArticleLinkInTheFooter_GivesUrlOutletAndIdentity()
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title, ArabicSamples.Lead, "رابط المقال: https://www.enabbaladi.net/12345"));

        Assert.Equal("https://www.enabbaladi.net/12345", article.Url);
        Assert.Equal("https://www.enabbaladi.net/12345", article.Id);
        Assert.Equal("عنب بلدي", article.Outlet);
        Assert.DoesNotContain("http", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_LeadOpeningWithAPublisherMark_GivesOutletAndStripsTheMark()
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title, "الوادي| " + ArabicSamples.Lead, ArabicSamples.Second));

        Assert.Equal("الوادي", article.Outlet);
        Assert.StartsWith(ArabicSamples.Lead, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_PlaceDatelineInTheLead_IsKept()
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title, "عمّان - " + ArabicSamples.Lead));

        Assert.Null(article.Outlet);
        Assert.StartsWith("عمّان - ", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ReadAlsoBlock_DropsHeadingAndTeasersButKeepsFollowingProse()
    {
        var article = Inputs.CleanText(Page(
            ArabicSamples.Title,
            ArabicSamples.Lead,
            "اقرأ أيضاً:",
            "ارتفاع أسعار الخضار في الأسواق المحلية",
            "- مزارعون يشكون نقص المياه",
            ArabicSamples.Second,
            "مقالات ذات صلة",
            "افتتاح سوق جديد للتمور",
            "زر الذهاب إلى الأعلى"));

        Assert.Equal(ArabicSamples.Lead + "\n" + ArabicSamples.Second, article.Text);
    }

    [Fact]
    public void Clean_SourcesListAtTheEnd_IsDropped()
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title, ArabicSamples.Lead, ArabicSamples.Second, "المصادر", "- وزارة الزراعة: بيان حول الخطة", "- https://example.org/report"));

        Assert.EndsWith(ArabicSamples.Second, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("شارك")]
    [InlineData("Facebook Twitter WhatsApp Telegram")]
    [InlineData("تابعونا على فيسبوك وتويتر")]
    [InlineData("© 2024 جميع الحقوق محفوظة")]
    [InlineData("جميع الحقوق محفوظة لموقع الخبر")]
    [InlineData("-----------------")]
    public void Clean_FurnitureLines_AreRemoved(string furniture)
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title, ArabicSamples.Lead, furniture, ArabicSamples.Second));

        Assert.Equal(ArabicSamples.Lead + "\n" + ArabicSamples.Second, article.Text);
    }

    [Fact]
    public void Clean_ParagraphBreaks_AreKeptAndBlankRunsCollapsed()
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title, "", ArabicSamples.Lead, "", "", "", ArabicSamples.Second, ArabicSamples.Third));

        Assert.Equal(ArabicSamples.Lead + "\n\n" + ArabicSamples.Second + "\n" + ArabicSamples.Third, article.Text);
    }

    [Fact]
    public void Clean_Subheadings_StayInTheText()
    {
        var article = Inputs.CleanText(Page(ArabicSamples.Title, ArabicSamples.Lead, "دعم القروض", ArabicSamples.Second));

        Assert.Contains("\nدعم القروض\n", article.Text, StringComparison.Ordinal);
    }
}
