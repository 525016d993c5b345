namespace Marsad.Extraction.Tests.Quotes;

public sealed class DirectQuoteTests
{
    [Theory]
    [InlineData("«", "»")]
    [InlineData("»", "«")]
    [InlineData("“", "”")]
    [InlineData("\"", "\"")]
    [InlineData("‘", "’")]
    public void Find_SpeakerThenColon_SpanIsInsideTheMarks(string open, string close)
    {
        var quote = QuoteText.Single($"وقال [P|سامي يوسف]: {open}لن نتراجع عن مطالبنا{close}.");

        Assert.True(quote.Direct);
        Assert.Equal("لن نتراجع عن مطالبنا", quote.Text);
        Assert.Equal("سامي يوسف", quote.Speaker?.Text);
    }

    [Fact]
    public void Find_SpeakerAfterQuote_IsTheSpeaker()
    {
        var quote = QuoteText.Single("«الوضع في المدينة كارثي ولا دواء في المستشفيات»، قال [P|مروان خليل] للصحفيين.");

        Assert.True(quote.Direct);
        Assert.Equal("الوضع في المدينة كارثي ولا دواء في المستشفيات", quote.Text);
        Assert.Equal("مروان خليل", quote.Speaker?.Text);
        Assert.Equal("قال", quote.Cue);
    }

    [Fact]
    public void Find_AttributionAfterQuote_IsTheSpeaker()
    {
        var quote = QuoteText.Single("«سنعيد فتح المعبر خلال أيام»، بحسب [O|هيئة المعابر].");

        Assert.True(quote.Direct);
        Assert.Equal("هيئة المعابر", quote.Speaker?.Text);
        Assert.Equal("بحسب", quote.Cue);
    }

    [Fact]
    public void Find_MultiSentenceQuote_KeepsAllSentences()
    {
        var quote = QuoteText.Single("وقالت [P|نادية فؤاد]: «الوضع صعب. لكننا سنصمد. لن نغادر أرضنا».");

        Assert.Equal("الوضع صعب. لكننا سنصمد. لن نغادر أرضنا", quote.Text);
    }

    [Fact]
    public void Find_QuoteCutByContinuationVerb_GivesTwoQuotesBySameSpeaker()
    {
        var quotes = QuoteText.FindIn("وقال [P|سامي يوسف]: «لن نتراجع عن مطالبنا»، وأضاف: «الشارع معنا».");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("الشارع معنا", quotes[1].Text);
        Assert.Equal("أضاف", quotes[1].Cue);
        Assert.Equal(quotes[0].Speaker, quotes[1].Speaker);
    }

    [Fact]
    public void Find_QuotedWordsAfterThat_AreDirect()
    {
        var quote = QuoteText.Single("وأكد [P|سامي يوسف] أنه \"لا عودة إلى الوراء\".");

        Assert.True(quote.Direct);
        Assert.Equal("لا عودة إلى الوراء", quote.Text);
    }

    [Fact]
    public void Find_ScareQuotesWithoutVerb_AreNoQuote()
    {
        Assert.Empty(QuoteText.FindIn("وشارك آلاف في مسيرة «العودة الكبرى» أمس على الحدود."));
    }

    [Fact]
    public void Find_ShortQuoteIntroducedByVerb_IsAQuote()
    {
        var quote = QuoteText.Single("ورد [P|سامي يوسف] بكلمة واحدة، وقال: «أبدا».");

        Assert.Equal("أبدا", quote.Text);
    }

    [Fact]
    public void Find_ReportingVerbInsideDirectQuote_StartsNoNestedQuote()
    {
        var quote = QuoteText.Single("وقال [P|سامي يوسف]: «قال لي الوزير إن الأمر محسوم، لكنني لم أصدقه».");

        Assert.Equal("قال لي الوزير إن الأمر محسوم، لكنني لم أصدقه", quote.Text);
    }

    [Fact]
    public void Find_UnclosedMark_IsNoDirectQuote()
    {
        var quotes = QuoteText.FindIn("وقال [P|سامي يوسف]: «لن نتراجع عن مطالبنا.\nوفي سياق آخر ارتفعت الأسعار.");

        Assert.All(quotes, q => Assert.DoesNotContain("«", q.Text, StringComparison.Ordinal));
    }
}
