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
}
