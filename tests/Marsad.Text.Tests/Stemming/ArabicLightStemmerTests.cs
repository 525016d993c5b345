using Marsad.Text.Stemming;

namespace Marsad.Text.Tests.Stemming;

public sealed class ArabicLightStemmerTests
{
    [Theory]
    [InlineData("الكتاب", "كتاب")]
    [InlineData("والكتاب", "كتاب")]
    [InlineData("بالكتاب", "كتاب")]
    [InlineData("كالكتاب", "كتاب")]
    [InlineData("فالكتاب", "كتاب")]
    [InlineData("للكتاب", "كتاب")]
    [InlineData("وكتاب", "كتاب")]
    public void Stem_RemovesOnePrefix(string word, string stem) => Assert.Equal(stem, ArabicLightStemmer.Stem(word));

    [Theory]
    [InlineData("كتابها", "كتاب")]
    [InlineData("معلمان", "معلم")]
    [InlineData("معلمات", "معلم")]
    [InlineData("معلمون", "معلم")]
    [InlineData("معلمين", "معلم")]
    [InlineData("مدرسة", "مدرس")]
    [InlineData("عربية", "عرب")]
    [InlineData("كتابه", "كتاب")]
    [InlineData("عربي", "عرب")]
    [InlineData("سياراتها", "سيار")]
    public void Stem_RemovesSuffixes(string word, string stem) => Assert.Equal(stem, ArabicLightStemmer.Stem(word));

    [Fact]
    public void Stem_PrefixAndSuffix_BothRemoved() => Assert.Equal("معلم", ArabicLightStemmer.Stem("والمعلمون"));

    [Theory]
    [InlineData("وزن")]
    [InlineData("به")]
    [InlineData("ال")]
    [InlineData("هي")]
    public void Stem_ShortWord_KeepsAtLeastTwoLetters(string word) => Assert.Equal(word, ArabicLightStemmer.Stem(word));

    [Fact]
    public void Stem_NonArabicWord_IsUnchanged()
    {
        const string word = "reuters";

        Assert.Same(word, ArabicLightStemmer.Stem(word));
    }

    [Fact]
    public void Stem_SpanForm_ReturnsSliceOfInput() => Assert.Equal("كتاب", ArabicLightStemmer.Stem("الكتابها".AsSpan()).ToString());
}
