using Marsad.Training.Entities.Conll;

namespace Marsad.Training.Tests.Entities.Conll;

public sealed class ConllWriterTests
{
    private static string Write(IEnumerable<ConllSentence> sentences)
    {
        using var writer = new StringWriter();
        ConllWriter.Write(writer, sentences);
        return writer.ToString();
    }

    [Fact]
    public void Write_Sentences_WritesThreeColumnsAndBlankLines()
    {
        ConllSentence[] sentences =
        [
            new([new ConllToken("محمد", "B-PERS", "B-PERS"), new ConllToken("قال", "O", "B-LOC")]),
            new([new ConllToken(".", "O", "O")]),
        ];

        Assert.Equal("محمد B-PERS B-PERS\nقال O B-LOC\n\n. O O\n\n", Write(sentences));
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        ConllSentence[] sentences =
        [
            new([new ConllToken(". Oالإصابة", "O", "O"), new ConllToken("«الأمم»", "B-ORG", "I-ORG")]),
            new([new ConllToken("B-LOC", "I-MISC", "O")]),
        ];

        var read = ConllReader.Read(new StringReader(Write(sentences))).ToList();

        Assert.Equal(sentences.Length, read.Count);
        for (int i = 0; i < sentences.Length; i++)
        {
            Assert.Equal(sentences[i].Tokens, read[i].Tokens);
        }
    }

    [Fact]
    public void Write_TokenWithoutPrediction_Throws()
    {
        Assert.Throws<ArgumentException>(() => Write([new([new ConllToken("a", "O")])]));
    }

    [Fact]
    public void Write_TokenWithNewline_Throws()
    {
        Assert.Throws<ArgumentException>(() => Write([new([new ConllToken("a\nb", "O", "O")])]));
    }
}
