using Marsad.Text.Tokenization;

namespace Marsad.Text.Tests.Tokenization;

public sealed class ArabicTokenizerTests
{
    private static IReadOnlyList<Token> Tokenize(string text) => ArabicTokenizer.Default.Tokenize(text);

    private static Token Single(string text) => Assert.Single(Tokenize(text));

    [Fact]
    public void Tokenize_WordWithHarakat_SpansWholeOriginalWord()
    {
        const string text = "كتبَ مُحَمَّدٌ رسالةً.";

        IReadOnlyList<Token> tokens = Tokenize(text);

        Assert.Equal(["كتب", "محمد", "رسالة", "."], tokens.Select(t => t.Normalized));
        Assert.Equal(["كتبَ", "مُحَمَّدٌ", "رسالةً", "."], tokens.Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void Tokenize_WordWithTatweel_SpansWholeOriginalWord()
    {
        const string text = "في الــعــراق";

        Token token = Tokenize(text)[1];

        Assert.Equal("العراق", token.Normalized);
        Assert.Equal("الــعــراق", text[token.Start..token.End]);
    }

    [Fact]
    public void Tokenize_InvisibleMarksInsideWord_DoNotSplitIt()
    {
        Token token = Single("كل\u200Cمة\u200F");

        Assert.Equal("كلمة", token.Normalized);
        Assert.Equal((0, 5), (token.Start, token.End));
    }

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
    public void Tokenize_ClitcWithTatweelBeforeQuote_IsOwnTokenCoveringTatweel()
    {
        const string text = "لـ\"وكالة الأنباء\"";

        IReadOnlyList<Token> tokens = Tokenize(text);

        Assert.Equal(["ل", "\"", "وكالة", "الانباء", "\""], tokens.Select(t => t.Normalized));
        Assert.Equal("لـ", text[tokens[0].Start..tokens[0].End]);
        Assert.Equal(0, tokens[2].ProcliticLength);
        Assert.Equal(2, tokens[3].ProcliticLength);
    }

    [Fact]
    public void Tokenize_DecorativeTatweelInName_DoesNotSplitIt() => Assert.Equal(0, Single("بـغداد").ProcliticLength);

    [Theory]
    [InlineData("2,500", "2,500")]
    [InlineData("3.5", "3.5")]
    [InlineData("2500", "2500")]
    [InlineData("٣٫٥", "3.5")]
    [InlineData("٢٬٥٠٠", "2,500")]
    [InlineData("1.234.567", "1.234.567")]
    public void Tokenize_NumberWithSeparators_IsOneNumberToken(string text, string normalized)
    {
        Token token = Single(text);

        Assert.Equal(TokenKind.Number, token.Kind);
        Assert.Equal(normalized, token.Normalized);
        Assert.Equal((0, text.Length), (token.Start, token.End));
    }

    [Fact]
    public void Tokenize_NumberFollowedByPunctuation_SeparatesThem()
    {
        IReadOnlyList<Token> tokens = Tokenize("بلغ 2500, ثم 3.");

        Assert.Equal(["بلغ", "2500", ",", "ثم", "3", "."], tokens.Select(t => t.Normalized));
    }

    [Fact]
    public void Tokenize_LatinWords_AreLowercasedLatinTokens()
    {
        IReadOnlyList<Token> tokens = Tokenize("قالت CNN إن G20 O'Neill");

        Assert.Equal(["قالت", "cnn", "ان", "g20", "o'neill"], tokens.Select(t => t.Normalized));
        Assert.Equal(TokenKind.LatinWord, tokens[1].Kind);
        Assert.Equal(TokenKind.LatinWord, tokens[3].Kind);
    }

    [Fact]
    public void Tokenize_DigitsAfterArabicWord_AreSeparateTokens()
    {
        IReadOnlyList<Token> tokens = Tokenize("عام 2020م");

        Assert.Equal([TokenKind.ArabicWord, TokenKind.Number, TokenKind.ArabicWord], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_Punctuation_IsOneTokenPerMark()
    {
        IReadOnlyList<Token> tokens = Tokenize("نعم، لا؟!");

        Assert.Equal(["نعم", ",", "لا", "?", "!"], tokens.Select(t => t.Normalized));
        Assert.Equal(TokenKind.Punctuation, tokens[1].Kind);
    }

    [Fact]
    public void Tokenize_Hashtag_SplitsIntoMarkAndWords()
    {
        const string text = "#عاصي_الحلاني";

        IReadOnlyList<Token> tokens = Tokenize(text);

        Assert.Equal(["#", "عاصي", "_", "الحلاني"], tokens.Select(t => t.Normalized));
        Assert.Equal([TokenKind.Punctuation, TokenKind.ArabicWord, TokenKind.Punctuation, TokenKind.ArabicWord], tokens.Select(t => t.Kind));
        Assert.Equal(2, tokens[3].ProcliticLength);
    }

    [Fact]
    public void Tokenize_Emoji_IsOneSymbolToken()
    {
        Token token = Single("😀");

        Assert.Equal(TokenKind.Symbol, token.Kind);
        Assert.Equal((0, 2), (token.Start, token.End));
    }

    [Fact]
    public void Tokenize_Ligature_SpansTheOneOriginalCharacter()
    {
        Token token = Single("ﻻ");

        Assert.Equal("لا", token.Normalized);
        Assert.Equal((0, 1), (token.Start, token.End));
    }

    [Fact]
    public void Tokenize_AppendsToExistingList()
    {
        var tokens = new List<Token> { new(0, 1, "x", TokenKind.LatinWord, 0) };

        ArabicTokenizer.Default.Tokenize("قال", tokens);

        Assert.Equal(2, tokens.Count);
    }

    [Fact]
    public void Tokenize_WithSink_MatchesListForm()
    {
        const string text = "وقال الوزيرُ: «سنعمل» على ٣٫٥٪ من الـ2,500.";
        var sink = new CollectingSink();

        ArabicTokenizer.Default.Tokenize(text, ref sink);

        Assert.Equal(Tokenize(text), sink.Tokens);
    }

    [Fact]
    public void Tokenize_EmptyOrBlankText_HasNoTokens()
    {
        Assert.Empty(Tokenize(string.Empty));
        Assert.Empty(Tokenize(" \n\t\u200F "));
    }

    private struct CollectingSink : ITokenSink
    {
        public CollectingSink() => Tokens = [];

        public List<Token> Tokens { get; }

        public readonly void Add(int start, int end, ReadOnlySpan<char> normalized, TokenKind kind, int procliticLength) =>
            Tokens.Add(new Token(start, end, normalized.ToString(), kind, procliticLength));
    }
}
