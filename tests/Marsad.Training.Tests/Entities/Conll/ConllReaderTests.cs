using Marsad.Training.Entities.Conll;

namespace Marsad.Training.Tests.Entities.Conll;

public sealed class ConllReaderTests
{
    private static List<ConllSentence> Read(string text, ConllColumns columns = ConllColumns.Auto) =>
        [.. ConllReader.Read(new StringReader(text), columns)];

    [Fact]
    public void Read_TwoColumns_ReadsGoldOnly()
    {
        var sentences = Read("فرانكفورت B-LOC\n( O\n\nأعلن O\n");

        Assert.Equal(2, sentences.Count);
        Assert.Equal(new ConllToken("فرانكفورت", "B-LOC"), sentences[0].Tokens[0]);
        Assert.Equal(new ConllToken("(", "O"), sentences[0].Tokens[1]);
        Assert.Equal(new ConllToken("أعلن", "O"), sentences[1].Tokens[0]);
    }

    [Fact]
    public void Read_ThreeColumns_ReadsGoldAndPredicted()
    {
        var sentences = Read("اتحاد B-ORG B-ORG\nصناعة I-ORG O\n");

        Assert.Equal([new ConllToken("اتحاد", "B-ORG", "B-ORG"), new ConllToken("صناعة", "I-ORG", "O")], sentences[0].Tokens);
    }

    [Fact]
    public void Read_TokenContainingSpace_SplitsOnLastSpace()
    {
        // A real ANERcorp line: the token is ". Oالإصابة".
        var sentences = Read(". Oالإصابة O\n");

        Assert.Equal(new ConllToken(". Oالإصابة", "O"), sentences[0].Tokens[0]);
    }

    [Fact]
    public void Read_TokenContainingSpaceInThreeColumns_SplitsOnLastTwoSpaces()
    {
        var sentences = Read("a b B-LOC O\n", ConllColumns.TokenGoldPredicted);

        Assert.Equal(new ConllToken("a b", "B-LOC", "O"), sentences[0].Tokens[0]);
    }

    [Fact]
    public void Read_OddCharacters_KeptInToken()
    {
        var sentences = Read("-X- O\n«\u200fقال» O\n%$#@! O\nB-LOC O\n");

        Assert.Equal(["-X-", "«\u200fقال»", "%$#@!", "B-LOC"], sentences[0].Tokens.Select(t => t.Text));
    }

    [Fact]
    public void Read_CrlfTrailingSpacesAndTabs_Tolerated()
    {
        var sentences = Read("a\tB-PERS  \r\nb   I-PERS\r\n \r\nc O\r\n");

        Assert.Equal(2, sentences.Count);
        Assert.Equal(new ConllToken("a", "B-PERS"), sentences[0].Tokens[0]);
        Assert.Equal(new ConllToken("b", "I-PERS"), sentences[0].Tokens[1]);
    }

    [Fact]
    public void Read_RepeatedAndEdgeBlankLines_YieldNoEmptySentences()
    {
        var sentences = Read("\n\na O\n\n\n\nb O\n\n");

        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Read_DocStartLine_IsSkippedAndEndsSentence()
    {
        var sentences = Read("-DOCSTART- -X- -X- O\n\na O\n-DOCSTART- O\nb O\n");

        Assert.Equal(2, sentences.Count);
        Assert.Equal("a", sentences[0].Tokens[0].Text);
        Assert.Equal("b", sentences[1].Tokens[0].Text);
    }

    [Fact]
    public void Read_EmptyInput_YieldsNothing()
    {
        Assert.Empty(Read(""));
    }

    [Fact]
    public void Read_LineWithoutTag_ThrowsNamingLine()
    {
        var error = Assert.Throws<ConllFormatException>(() => Read("a O\n\nb O\nlonely\n"));

        Assert.Equal(4, error.LineNumber);
        Assert.StartsWith("line 4:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidTag_ThrowsNamingLine()
    {
        var error = Assert.Throws<ConllFormatException>(() => Read("a O\nb PERSON\n"));

        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public void Read_ThreeColumnFileWithTwoColumnLine_ThrowsNamingLine()
    {
        var error = Assert.Throws<ConllFormatException>(() => Read("a O O\nb B-LOC\n"));

        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public void Read_TwoColumnsForced_ReadsTagLikeTokenPart()
    {
        var sentences = Read("x O B-LOC\n", ConllColumns.TokenTag);

        Assert.Equal(new ConllToken("x O", "B-LOC"), sentences[0].Tokens[0]);
    }

    [SharedFact("data/anercorp/train.txt")]
    public void Read_AnercorpTrainingFile_ReadsEveryLine()
    {
        string path = SharedInput.PathOf("data/anercorp/train.txt");

        using var reader = File.OpenText(path);
        var sentences = ConllReader.Read(reader).ToList();

        Assert.NotEmpty(sentences);
        Assert.All(sentences.SelectMany(s => s.Tokens), t => Assert.Null(t.Predicted));
    }
}
