using Marsad.Extraction.Quotes;

namespace Marsad.Extraction.Tests.Quotes;

public sealed class AttributionQuoteTests
{
    [Fact]
    public void Find_AccordingToThenFaInna_SpanIsAfterFaInna()
    {
        var quote = QuoteText.Single("وبحسب [O|الأمم المتحدة]، فإن نصف السكان بحاجة إلى مساعدات.");

        Assert.Equal("نصف السكان بحاجة إلى مساعدات", quote.Text);
        Assert.Equal("الأمم المتحدة", quote.Speaker?.Text);
        Assert.Equal("بحسب", quote.Cue);
        Assert.Equal(QuoteConfidence.AttributedEntity, quote.Confidence);
    }

    [Fact]
    public void Find_AccordingToStatementOf_SpeakerIsTheAuthor()
    {
        var quote = QuoteText.Single("ووفقا لبيان صادر عن [O|وزارة الصحة]، فإن عدد الضحايا ارتفع إلى 40.");

        Assert.Equal("وزارة الصحة", quote.Speaker?.Text);
        Assert.Equal("عدد الضحايا ارتفع إلى 40", quote.Text);
    }

    [Fact]
    public void Find_AttributionAtSentenceEnd_SpanIsTheSentenceBefore()
    {
        var quote = QuoteText.Single("قتل خمسة أشخاص في القصف، وفقا لمصادر محلية.");

        Assert.Equal("قتل خمسة أشخاص في القصف", quote.Text);
        Assert.Equal("مصادر محلية", quote.Speaker?.Text);
        Assert.Equal(QuoteConfidence.AttributedPhrase, quote.Confidence);
    }

    [Fact]
    public void Find_AccordingToPlanMidSentence_IsNoQuote()
    {
        Assert.Empty(QuoteText.FindIn("وتسير الأعمال حسب الخطة الموضوعة منذ عامين."));
    }
}
