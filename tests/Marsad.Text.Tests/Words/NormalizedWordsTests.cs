using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Text.Tests.Words;

public sealed class NormalizedWordsTests
{
    private static string Body(int words, string extra) =>
        string.Join(' ', Enumerable.Range(0, words).Select(i => i % 4 == 0 ? "الوِزارةُ" : i % 4 == 1 ? "أعلنت،" : i % 4 == 2 ? "ﻻجئين" : extra));

    // Short words read whole; long words (a cut inside the lead the reader wants); a body past
    // the length that is read at all (MaxChars).
    [Theory]
    [InlineData(5, int.MaxValue, "و")]
    [InlineData(400, 150, "قال")]
    [InlineData(60, 7, "الاستراتيجياتالعسكريةوالسياسيةوالاقتصادية")]
    [InlineData(40_000, int.MaxValue, "قال")]
    public void Hashes_OfTheFoldedCopy_AreThoseOfTheText(int words, int maxWords, string extra)
    {
        string text = Body(words, extra);
        NormalizedText folded = ArabicNormalizer.Search.Normalize(text);

        var fromText = new Collector([]);
        NormalizedWords.Visit(text, ref fromText, maxWords);
        var fromFolded = new Collector([]);
        NormalizedWords.Visit(folded, ref fromFolded, maxWords);

        Assert.NotEmpty(fromText.Words);
        Assert.Equal(fromText.Words, fromFolded.Words);
        if (maxWords == int.MaxValue)
        {
            Assert.Equal(NormalizedWords.Hashes(text), NormalizedWords.Hashes(folded));
        }
    }

    private readonly struct Collector(List<string> words) : IWordVisitor
    {
        public List<string> Words { get; } = words;

        public void Word(ReadOnlySpan<char> word) => Words.Add(word.ToString());
    }
}
