using Marsad.Extraction.Digests;
using Marsad.Text.Lexicons;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Tests.Digests;

public class WordFormsTests
{
    [Theory]
    [InlineData("وبانفجار", "explosion")]
    [InlineData("بوفاة", "death")]
    [InlineData("اجتماعهما", "meeting")]
    [InlineData("والانسحاب", "withdrawal")]
    [InlineData("للاتفاقية", "agreement")]
    [InlineData("الإنتخابات", "election")]
    public void TryGet_WordWithClitics_FindsItsKind(string word, string kind)
    {
        Token token = ArabicTokenizer.Default.Word(word)!.Value;

        Assert.True(WordForms.TryGet(TriggerLexicon.Lexicon, token, out Trigger trigger));
        Assert.Equal(kind, trigger.Kind);
    }

    [Theory]
    [InlineData("صوت")]
    [InlineData("فجر")]
    [InlineData("وقع")]
    public void TryGet_AmbiguousWord_NoTrigger(string word)
    {
        Token token = ArabicTokenizer.Default.Word(word)!.Value;

        Assert.False(WordForms.TryGet(TriggerLexicon.Lexicon, token, out _));
    }

    [Fact]
    public void HasFuturePrefix_FutureVerb_True()
    {
        Assert.True(WordForms.HasFuturePrefix(ArabicTokenizer.Default.Word("ستنسحب")!.Value));
        Assert.False(WordForms.HasFuturePrefix(ArabicTokenizer.Default.Word("سيارة")!.Value));
    }
}
