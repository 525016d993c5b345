using Marsad.Text.Tokenization;

namespace Marsad.Text.Tests.Tokenization;

/// <summary>The proclitic lengths the tokenizer reports, names and look-alikes included.</summary>
public sealed class ProcliticSplittingTests
{
    private static Token Single(string text) => Assert.Single(ArabicTokenizer.Default.Tokenize(text));

    [Theory]
    [InlineData("والحكومة", 3, "حكومة")]
    [InlineData("بالحكومة", 3, "حكومة")]
    [InlineData("كالعادة", 3, "عادة")]
    [InlineData("فالجيش", 3, "جيش")]
    [InlineData("للحكومة", 2, "حكومة")]
    [InlineData("وللحكومة", 3, "حكومة")]
    [InlineData("وبالتالي", 4, "تالي")]
    [InlineData("الحكومة", 2, "حكومة")]
    [InlineData("وقال", 1, "قال")]
    [InlineData("فقال", 1, "قال")]
    [InlineData("بمدينة", 1, "مدينة")]
    [InlineData("لمدة", 1, "مدة")]
    [InlineData("كتلك", 1, "تلك")]
    [InlineData("سيعقد", 1, "يعقد")]
    [InlineData("وسيعقد", 2, "يعقد")]
    [InlineData("ستكون", 1, "تكون")]
    [InlineData("سأزور", 1, "ازور")]
    [InlineData("وبغداد", 1, "بغداد")]
    [InlineData("ببغداد", 1, "بغداد")]
    [InlineData("للبنان", 1, "لبنان")]
    [InlineData("ولبنان", 1, "لبنان")]
    [InlineData("وفلسطين", 1, "فلسطين")]
    [InlineData("والعراق", 3, "عراق")]
    [InlineData("وألمانيا", 1, "المانيا")]
    [InlineData("لإسرائيل", 1, "اسرائيل")]
    public void Tokenize_ArabicWordWithProclitics_ReportsProcliticLength(string word, int clitics, string rest)
    {
        Token token = Single(word);

        Assert.Equal(TokenKind.ArabicWord, token.Kind);
        Assert.Equal(clitics, token.ProcliticLength);
        Assert.Equal(rest, token.Base);
    }

    [Theory]
    [InlineData("بغداد")]
    [InlineData("لبنان")]
    [InlineData("كركوك")]
    [InlineData("فرنسا")]
    [InlineData("سوريا")]
    [InlineData("وليد")]
    [InlineData("بكر")]
    [InlineData("فلسطين")]
    [InlineData("وزير")]
    [InlineData("وزارة")]
    [InlineData("وكالة")]
    [InlineData("ولاية")]
    [InlineData("واشنطن")]
    [InlineData("بيروت")]
    [InlineData("كانت")]
    [InlineData("لندن")]
    [InlineData("سياسة")]
    [InlineData("سيارة")]
    [InlineData("سنوات")]
    [InlineData("ساعة")]
    [InlineData("ألمانيا")]
    [InlineData("إلغاء")]
    [InlineData("الله")]
    [InlineData("الذي")]
    [InlineData("لكنه")]
    [InlineData("فيها")]
    [InlineData("بالغ")]
    public void Tokenize_NameOrWordStartingLikeAClitic_IsNotSplit(string word) => Assert.Equal(0, Single(word).ProcliticLength);

    [Theory]
    [InlineData("برشلونة")]
    [InlineData("فبراير")]
    [InlineData("واحدة")]
    [InlineData("بومبيو")]
    [InlineData("فلاديمير")]
    [InlineData("سيتي")]
    [InlineData("وجدت")]
    public void Tokenize_CorpusDerivedProtectedWord_IsNotSplit(string word) => Assert.Equal(0, Single(word).ProcliticLength);

    [Theory]
    [InlineData("لميليشيات", 1)]
    [InlineData("وسيطرت", 1)]
    [InlineData("بطلب", 1)]
    [InlineData("والتركيز", 3)]
    [InlineData("بيوم", 1)]
    [InlineData("وقتل", 1)]
    [InlineData("وعدد", 1)]
    [InlineData("بعدد", 1)]
    [InlineData("لعبد", 1)]
    [InlineData("لجنوب", 1)]
    [InlineData("وبرشلونة", 1)]
    [InlineData("لفبراير", 1)]
    public void Tokenize_CliticBeforeWordResemblingProtectedOne_IsStillSplit(string word, int clitics) =>
        Assert.Equal(clitics, Single(word).ProcliticLength);

    [Theory]
    [InlineData("وإلى", 1, "الي")]
    [InlineData("كأنه", 1, "انه")]
    [InlineData("وأضاف", 1, "اضاف")]
    [InlineData("بأكملها", 1, "اكملها")]
    public void Tokenize_HamzaOnAlefAfterClitic_SplitsEvenWhenSpellingMatchesProtectedWord(string word, int clitics, string rest)
    {
        Token token = Single(word);

        Assert.Equal(clitics, token.ProcliticLength);
        Assert.Equal(rest, token.Base);
    }

    [Fact]
    public void Tokenize_ProtectedWordWithoutHamza_IsNotSplit() => Assert.Equal(0, Single("والي").ProcliticLength);

    [Fact]
    public void Tokenize_SeenBeforeHamzaOfAsked_IsNotFutureMarker() => Assert.Equal(0, Single("سألت").ProcliticLength);

    [Fact]
    public void Tokenize_ShortWord_IsNotSplit()
    {
        Assert.Equal(0, Single("وهو").ProcliticLength);
        Assert.Equal(0, Single("بين").ProcliticLength);
        Assert.Equal(0, Single("الى").ProcliticLength);
    }

    [Fact]
    public void Tokenize_TatweelAfterClitic_SplitsThere()
    {
        const string text = "لـفيسبوك";

        Token token = Single(text);

        Assert.Equal(1, token.ProcliticLength);
        Assert.Equal("فيسبوك", token.Base);
        Assert.Equal((0, text.Length), (token.Start, token.End));
    }

    [Fact]
    public void Tokenize_DecorativeTatweelInName_DoesNotSplitIt() => Assert.Equal(0, Single("بـغداد").ProcliticLength);
}
