using Marsad.Extraction.Entities;
using Marsad.Extraction.Quotes;

namespace Marsad.Extraction.Tests.Quotes;

/// <summary>What holds for every quote of every text: spans inside the text and equal to their text,
/// no quotation mark at either end of a direct span, the cue outside the span.</summary>
internal static class QuoteInvariants
{
    private const string Marks = "\"«»“”„‘’";

    public static void Check(string text, QuoteMention quote, IReadOnlyList<EntityMention> entities)
    {
        Assert.InRange(quote.Start, 0, text.Length);
        Assert.InRange(quote.End, quote.Start + 1, text.Length);
        Assert.Equal(quote.Text, text.Substring(quote.Start, quote.End - quote.Start));
        Assert.InRange(quote.Confidence, 0.0, 1.0);
        if (quote.Direct)
        {
            Assert.False(Marks.Contains(text[quote.Start], StringComparison.Ordinal), "a direct span starts with a quotation mark");
            Assert.False(Marks.Contains(text[quote.End - 1], StringComparison.Ordinal), "a direct span ends with a quotation mark");
        }

        if (quote.Cue is not null)
        {
            Assert.Equal(quote.Cue, text.Substring(quote.CueStart, quote.Cue.Length));
            Assert.True(quote.CueStart + quote.Cue.Length <= quote.Start || quote.CueStart >= quote.End, "the cue lies inside the quote");
        }

        if (quote.Speaker is { } speaker)
        {
            Assert.Equal(speaker.Text, text.Substring(speaker.Start, speaker.End - speaker.Start));
            if (speaker.Entity is int index)
            {
                Assert.Equal(entities[index].Start, speaker.Start);
                Assert.Equal(entities[index].End, speaker.End);
            }
        }
    }
}
