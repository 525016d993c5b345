using FsCheck.Xunit;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Quotes;

namespace Marsad.Extraction.Tests.Quotes;

/// <summary>Whatever the article, quotes point at its own characters, in order, without overlap.</summary>
public sealed class QuotePropertyTests
{
    [Property(Arbitrary = [typeof(QuoteMarkupArbitrary)], MaxTest = 800)]
    public void Find_AnyArticle_KeepsEveryQuoteInvariant(QuoteMarkup markup)
    {
        QuoteText article = QuoteText.Parse(markup.Value);

        IReadOnlyList<QuoteMention> quotes = article.Find();

        int previousEnd = 0;
        foreach (QuoteMention quote in quotes)
        {
            QuoteInvariants.Check(article.Text, quote, article.Entities);
            Assert.True(quote.Start >= previousEnd, $"quote at {quote.Start} overlaps the one ending at {previousEnd}");
            previousEnd = quote.End;
        }
    }

    [Fact]
    public void Find_RunOfUnclosedMarks_FinishesAndFindsNothingInside()
    {
        string text = "وقال الوزير: " + string.Concat(Enumerable.Repeat("« كلام ", 20_000));

        IReadOnlyList<QuoteMention> quotes = QuoteFinder.Find(text, [], []);

        Assert.All(quotes, q => QuoteInvariants.Check(text, q, Array.Empty<EntityMention>()));
    }

    [Fact]
    public void Find_EmptyOrPunctuationOnlyText_FindsNothing()
    {
        Assert.Empty(QuoteFinder.Find("", [], []));
        Assert.Empty(QuoteFinder.Find("«»، : . \"\"", [], []));
    }
}
