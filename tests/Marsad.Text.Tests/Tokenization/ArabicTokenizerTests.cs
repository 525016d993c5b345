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

    [Fact]
    public void Tokenize_CliticWithTatweelBeforeQuote_IsOwnTokenCoveringTatweel()
    {
        const string text = "لـ\"وكالة الأنباء\"";

        IReadOnlyList<Token> tokens = Tokenize(text);

        Assert.Equal(["ل", "\"", "وكالة", "الانباء", "\""], tokens.Select(t => t.Normalized));
        Assert.Equal("لـ", text[tokens[0].Start..tokens[0].End]);
        Assert.Equal(0, tokens[2].ProcliticLength);
        Assert.Equal(2, tokens[3].ProcliticLength);
    }

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

    [Fact]
    public void TokenizeWhole_SameTokensAsTokenize_ButNoProcliticsSplit()
    {
        const string text = "وقال الوزير للصحفيين في بغداد، إن 2,500 جندي سيغادرون.";
        var split = Tokenize(text);
        var whole = new List<Token>();

        ArabicTokenizer.Default.TokenizeWhole(text, whole);

        Assert.Equal(split.Select(t => (t.Start, t.End, t.Kind)), whole.Select(t => (t.Start, t.End, t.Kind)));
        Assert.Contains(split, t => t.ProcliticLength > 0);
        Assert.All(whole, t => Assert.Equal(0, t.ProcliticLength));
    }

    [Fact]
    public void Word_SplitsTheProcliticsOfOneWord_AndIsNullForSeveral()
    {
        Token? word = ArabicTokenizer.Default.Word("وبالعراق");

        Assert.NotNull(word);
        Assert.Equal(Single("وبالعراق").ProcliticLength, word.Value.ProcliticLength);
        Assert.True(word.Value.ProcliticLength > 0);
        Assert.Null(ArabicTokenizer.Default.Word("في بغداد"));
    }
}
