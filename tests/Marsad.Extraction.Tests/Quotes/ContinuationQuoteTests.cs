using Marsad.Extraction.Quotes;

namespace Marsad.Extraction.Tests.Quotes;

public sealed class ContinuationQuoteTests
{
    [Fact]
    public void Find_ContinuationVerb_KeepsThePreviousSpeaker()
    {
        var quotes = QuoteText.FindIn("قال [P|أحمد سالم] إن الأسعار ارتفعت. وأضاف أن الحكومة تتحمل المسؤولية.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("أحمد سالم", quotes[1].Speaker?.Text);
        Assert.Equal("الحكومة تتحمل المسؤولية", quotes[1].Text);
        Assert.Equal(QuoteConfidence.Continued, quotes[1].Confidence);
    }

    [Fact]
    public void Find_FeminineContinuation_SkipsAnInterveningMasculineSpeaker()
    {
        var quotes = QuoteText.FindIn(
            "وقالت [O|وزارة الدفاع] إنها أرسلت تعزيزات. وقال [P|أحمد سالم] إن الوضع هادئ. وأضافت أن العملية مستمرة.");

        Assert.Equal(3, quotes.Count);
        Assert.Equal("وزارة الدفاع", quotes[2].Speaker?.Text);
    }

    [Fact]
    public void Find_PronounSubjectWithStatementAdjunct_KeepsThePreviousSpeaker()
    {
        var quotes = QuoteText.FindIn("أكد [P|أحمد سالم] أن الأسعار ارتفعت. وقال في بيان إنه سيستقيل.");

        Assert.Equal("أحمد سالم", quotes[1].Speaker?.Text);
        Assert.Equal("سيستقيل", quotes[1].Text);
    }

    [Fact]
    public void Find_ParticipleInSameSentence_EndsFirstQuoteAndContinuesSpeaker()
    {
        var quotes = QuoteText.FindIn("وقال [P|أحمد سالم] إن الأسعار ارتفعت، مشيرا إلى أن الرواتب لم تتغير.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("الأسعار ارتفعت", quotes[0].Text);
        Assert.Equal("الرواتب لم تتغير", quotes[1].Text);
        Assert.Equal("مشيرا", quotes[1].Cue);
        Assert.Equal("أحمد سالم", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void Find_ContinuationWithNoEarlierSpeaker_HasNoSpeaker()
    {
        var quote = QuoteText.Single("وأضاف أن العملية مستمرة.");

        Assert.Null(quote.Speaker);
        Assert.Equal(QuoteConfidence.Unattributed, quote.Confidence);
    }

    [Theory]
    [InlineData("قال [P|سامي يوسف] إن الاجتماع انتهى. ووصف [P|خالد العمري] في بيان القرار بالخطير وقال إن الحكومة سترد.", "خالد العمري")]
    [InlineData("قال [P|سامي يوسف] إن الاجتماع انتهى. ورفض [P|خالد العمري] التعليق على القرار لكنه أكد أن الحكومة سترد.", "خالد العمري")]
    public void Find_VerbJoinedToAClauseWithItsSubject_TakesThatSubjectOverTheLastSpeaker(string markup, string speaker)
    {
        var quotes = QuoteText.FindIn(markup);

        Assert.Equal(2, quotes.Count);
        Assert.Equal(speaker, quotes[1].Speaker?.Text);
        Assert.Equal(QuoteConfidence.Continued, quotes[1].Confidence);
    }

    [Fact]
    public void Find_VerbJoinedToAClause_DoesNotTakeAPersonAfterAPreposition()
    {
        var quotes = QuoteText.FindIn("قال [P|سامي يوسف] إن الاجتماع انتهى. واتصل الوزير مع الرئيس الفلسطيني [P|محمود عباس]، وأكد أن الحكومة سترد.");

        Assert.Equal(2, quotes.Count);
        Assert.NotEqual("محمود عباس", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void Find_VerbJoinedToAClause_DoesNotTakeANameInsideTheQuoteBefore()
    {
        var quotes = QuoteText.FindIn("وقال [P|سامي يوسف] إن [P|خالد العمري] سيزور المدينة، وأضاف أن الزيارة مهمة.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("سامي يوسف", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void Find_ParticipleAfterAVerbThatReportsNothing_TakesThatVerbsSubject()
    {
        var quotes = QuoteText.FindIn("قال [P|سامي يوسف] إن الاجتماع انتهى. واعتذر [P|خالد العمري] للجميع قائلا إن الخطأ لن يتكرر.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("خالد العمري", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void Find_SentenceOpeningWithButAndPronoun_TakesTheSubjectOfTheSentenceBefore()
    {
        var quotes = QuoteText.FindIn("قال [P|سامي يوسف] إن الاجتماع انتهى. ورفض رئيس الوزراء [P|خالد العمري] سحب المشروع. لكنه أكد أن الحوار مستمر.");

        Assert.Equal("خالد العمري", quotes[^1].Speaker?.Text);
    }
}
