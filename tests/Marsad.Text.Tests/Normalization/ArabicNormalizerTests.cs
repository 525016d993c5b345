using Marsad.Text.Normalization;

namespace Marsad.Text.Tests.Normalization;

public sealed class ArabicNormalizerTests
{
    private static string Fold(string text) => ArabicNormalizer.Default.Normalize(text).Value;

    [Fact]
    public void Normalize_RemovesHarakat() => Assert.Equal("محمد", Fold("مُحَمَّدٌ"));

    [Fact]
    public void Normalize_RemovesSuperscriptAlefAndQuranicMarks() => Assert.Equal("هذا الرحمن", Fold("هٰذا الرَّحْمٰنِ\u06D6"));

    [Fact]
    public void Normalize_RemovesTatweel() => Assert.Equal("العراق", Fold("الــعــراق"));

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسرائيل", "اسرائيل")]
    [InlineData("آمن", "امن")]
    [InlineData("ٱلله", "الله")]
    [InlineData("ٲٳٵ", "ااا")]
    public void Normalize_FoldsAlefVariantsToBareAlef(string text, string expected) => Assert.Equal(expected, Fold(text));

    [Fact]
    public void Normalize_DecomposedHamzaOnAlef_FoldsToBareAlef() => Assert.Equal("احمد", Fold("ا\u0654حمد"));

    [Fact]
    public void Normalize_FoldsAlefMaksuraToYehByDefault() => Assert.Equal("علي الي", Fold("على إلى"));

    [Fact]
    public void Normalize_AlefMaksuraFoldOff_KeepsAlefMaksura()
    {
        var normalizer = new ArabicNormalizer(NormalizerOptions.Default with { FoldAlefMaksura = false });

        Assert.Equal("على", normalizer.Normalize("على").Value);
    }

    [Fact]
    public void Normalize_KeepsTaaMarbutaByDefault() => Assert.Equal("مدينة", Fold("مدينة"));

    [Fact]
    public void Normalize_TaaMarbutaFoldOn_FoldsToHeh()
    {
        var normalizer = new ArabicNormalizer(NormalizerOptions.Default with { FoldTaaMarbuta = true });

        Assert.Equal("مدينه", normalizer.Normalize("مدينة").Value);
    }

    [Fact]
    public void Normalize_KeepsHamzaCarriersByDefault() => Assert.Equal("مسؤول رئيس", Fold("مسؤول رئيس"));

    [Fact]
    public void Normalize_HamzaCarrierFoldOn_FoldsToWawAndYeh()
    {
        var normalizer = new ArabicNormalizer(NormalizerOptions.Search);

        Assert.Equal("مسوول رييس", normalizer.Normalize("مسؤول رئيس").Value);
    }

    [Theory]
    [InlineData("ک", "ك")]
    [InlineData("ی", "ي")]
    [InlineData("ھ", "ه")]
    [InlineData("ە", "ه")]
    [InlineData("ہ", "ه")]
    public void Normalize_FoldsPersianAndUrduLetters(string text, string expected) => Assert.Equal(expected, Fold(text));

    [Fact]
    public void Normalize_FoldsArabicIndicAndEasternDigits() => Assert.Equal("2024 1990", Fold("٢٠٢٤ ۱۹۹۰"));

    [Fact]
    public void Normalize_FoldsArabicNumberSeparators() => Assert.Equal("3.5 2,500 50%", Fold("٣٫٥ ٢٬٥٠٠ ٥٠٪"));

    [Theory]
    [InlineData("\u200F")]
    [InlineData("\u200E")]
    [InlineData("\u061C")]
    [InlineData("\u202B")]
    [InlineData("\u202C")]
    [InlineData("\u2067")]
    [InlineData("\u2069")]
    [InlineData("\u200B")]
    [InlineData("\u200C")]
    [InlineData("\u200D")]
    [InlineData("\uFEFF")]
    [InlineData("\u00AD")]
    public void Normalize_RemovesBidiAndZeroWidthMarks(string mark) => Assert.Equal("كلمة", Fold("كل" + mark + "مة"));

    [Theory]
    [InlineData("\u00A0")]
    [InlineData("\u2009")]
    [InlineData("\u202F")]
    [InlineData("\u3000")]
    public void Normalize_FoldsUnicodeSpacesToSpace(string space) => Assert.Equal("a b", Fold("a" + space + "b"));

    [Theory]
    [InlineData("“")]
    [InlineData("”")]
    [InlineData("«")]
    [InlineData("»")]
    [InlineData("„")]
    [InlineData("‟")]
    [InlineData("″")]
    public void Normalize_FoldsDoubleQuotesToAsciiQuote(string quote) => Assert.Equal("\"", Fold(quote));

    [Theory]
    [InlineData("‘")]
    [InlineData("’")]
    [InlineData("‚")]
    public void Normalize_FoldsSingleQuotesToApostrophe(string quote) => Assert.Equal("'", Fold(quote));

    [Fact]
    public void Normalize_FoldsArabicPunctuation() => Assert.Equal(", ; ?", Fold("، ؛ ؟"));

    [Fact]
    public void Normalize_FoldsDashes() => Assert.Equal("a-b-c", Fold("a–b—c"));

    [Fact]
    public void Normalize_LowercasesLatinByDefault() => Assert.Equal("cnn", Fold("CNN"));

    [Fact]
    public void Normalize_CaseFoldOff_KeepsCase()
    {
        var normalizer = new ArabicNormalizer(NormalizerOptions.Default with { FoldCase = false });

        Assert.Equal("CNN", normalizer.Normalize("CNN").Value);
    }

    [Fact]
    public void Normalize_PresentationForms_BecomeLetters() => Assert.Equal("العربية", Fold("ﺍﻟﻌﺮﺑﻴﺔ"));

    [Fact]
    public void Normalize_LamAlefLigature_ExpandsWithBothCharactersMappedToIt()
    {
        NormalizedText result = ArabicNormalizer.Default.Normalize("ﻻ بد");

        Assert.Equal("لا بد", result.Value);
        Assert.Equal([0, 0, 1, 2, 3, 4], result.Map);
    }

    [Fact]
    public void Normalize_PhraseLigature_IsKeptWhole() => Assert.Equal("محمد ﷺ", Fold("محمد ﷺ"));

    [Fact]
    public void Normalize_RemovedCharacters_HaveNoMapEntry()
    {
        NormalizedText result = ArabicNormalizer.Default.Normalize("كَتَبَ");

        Assert.Equal("كتب", result.Value);
        Assert.Equal([0, 2, 4, 6], result.Map);
    }

    [Fact]
    public void Normalize_UnchangedText_ReturnsSameStringAndIdentityMap()
    {
        const string text = "قال الوزير";

        NormalizedText result = ArabicNormalizer.Default.Normalize(text);

        Assert.Same(text, result.Value);
        Assert.Equal(Enumerable.Range(0, text.Length + 1), result.Map);
    }

    [Fact]
    public void Normalize_EmptyText_HasSingleMapEntry()
    {
        NormalizedText result = ArabicNormalizer.Default.Normalize(string.Empty);

        Assert.Equal(string.Empty, result.Value);
        Assert.Equal([0], result.Map);
    }

    [Fact]
    public void NormalizeTerm_MatchesNormalizeValue()
    {
        const string text = "وَالــحُكومةُ «٣٫٥» ﻻ";

        Assert.Equal(ArabicNormalizer.Default.Normalize(text).Value, ArabicNormalizer.Default.NormalizeTerm(text));
    }

    [Fact]
    public void NormalizeTerm_LongTerm_UsesPooledBuffer()
    {
        string text = string.Concat(Enumerable.Repeat("ﻻأَ", 200));

        Assert.Equal(string.Concat(Enumerable.Repeat("لاا", 200)), ArabicNormalizer.Default.NormalizeTerm(text));
    }

    [Fact]
    public void TryNormalize_LargeEnoughBuffers_WritesCopyAndMap()
    {
        Span<char> chars = stackalloc char[16];
        Span<int> map = stackalloc int[16];

        bool ok = ArabicNormalizer.Default.TryNormalize("أَحمد", chars, map, out int written);

        Assert.True(ok);
        Assert.Equal("احمد", chars[..written].ToString());
        Assert.Equal([0, 2, 3, 4], map[..written].ToArray());
    }

    [Fact]
    public void TryNormalize_LigatureOverflowsBuffer_ReturnsFalse()
    {
        Span<char> chars = stackalloc char[1];

        Assert.False(ArabicNormalizer.Default.TryNormalize("ﻻ", chars, [], out _));
    }
}
