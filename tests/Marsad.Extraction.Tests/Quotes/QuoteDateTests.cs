namespace Marsad.Extraction.Tests.Quotes;

public sealed class QuoteDateTests
{
    [Fact]
    public void Find_DateBetweenVerbAndThat_IsTheStatementDate()
    {
        var quote = QuoteText.Single("وقال [P|أحمد سالم] {2024-01-25|في 25 يناير} إن الاتفاق وشيك.");

        Assert.Equal("2024-01-25", quote.Date);
    }

    [Fact]
    public void Find_DateOpeningTheSentence_IsTheStatementDate()
    {
        var quote = QuoteText.Single("{2024-01-28|في 28 يناير 2024}، أعلن الناطق باسم [O|الحكومة] أن المهمة انتهت.");

        Assert.Equal("2024-01-28", quote.Date);
    }

    [Fact]
    public void Find_DateInsideReportedWords_IsNotTheStatementDate()
    {
        var quote = QuoteText.Single("وقال [P|أحمد سالم] إن الانتخابات ستجرى {2025-03|في مارس 2025}.");

        Assert.Null(quote.Date);
    }

    [Fact]
    public void Find_DateAfterPostQuoteVerb_IsTheStatementDate()
    {
        var quote = QuoteText.Single("«لن نتراجع عن مطالبنا»، قال [P|سامي يوسف] {2024-02-03|يوم 3 فبراير}.");

        Assert.Equal("2024-02-03", quote.Date);
    }
}
