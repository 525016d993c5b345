using Marsad.Text.Normalization;

namespace Marsad.Text.Tests.Normalization;

public sealed class NormalizedTextTests
{
    [Fact]
    public void ToOriginal_WordWithHarakat_CoversInnerAndFinalMarks()
    {
        const string text = "قال مُحَمَّدٌ اليوم";
        NormalizedText normalized = ArabicNormalizer.Default.Normalize(text);
        int start = normalized.Value.IndexOf("محمد", StringComparison.Ordinal);

        (int s, int e) = normalized.ToOriginal(start, start + 4);

        Assert.Equal("مُحَمَّدٌ", text[s..e]);
    }

    [Fact]
    public void ToOriginal_WordWithTatweel_CoversTatweel()
    {
        const string text = "لـ العــراق";
        NormalizedText normalized = ArabicNormalizer.Default.Normalize(text);

        Assert.Equal((0, 2), normalized.ToOriginal(0, 1));
        Assert.Equal("العــراق", text[normalized.ToOriginal(2, 8).Start..normalized.ToOriginal(2, 8).End]);
    }

    [Fact]
    public void ToOriginal_TrailingInvisibleMark_IsNotIncluded()
    {
        const string text = "كلمة\u200F ثم";
        NormalizedText normalized = ArabicNormalizer.Default.Normalize(text);

        Assert.Equal((0, 4), normalized.ToOriginal(0, 4));
    }

    [Fact]
    public void ToOriginal_LeadingInvisibleMark_IsNotIncluded()
    {
        const string text = "\u200Fكلمة";
        NormalizedText normalized = ArabicNormalizer.Default.Normalize(text);

        Assert.Equal((1, 5), normalized.ToOriginal(0, 4));
    }

    [Fact]
    public void ToOriginal_HalfOfLigature_MapsToWholeLigature()
    {
        NormalizedText normalized = ArabicNormalizer.Default.Normalize("ﻻ");

        Assert.Equal((0, 1), normalized.ToOriginal(1, 2));
        Assert.Equal((0, 1), normalized.ToOriginal(0, 1));
    }

    [Fact]
    public void ToOriginal_EmptySpan_MapsToEmptySpan()
    {
        NormalizedText normalized = ArabicNormalizer.Default.Normalize("أَب");

        Assert.Equal((2, 2), normalized.ToOriginal(1, 1));
        Assert.Equal((3, 3), normalized.ToOriginal(2, 2));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 3)]
    [InlineData(2, 1)]
    public void ToOriginal_SpanOutsideValue_Throws(int start, int end)
    {
        NormalizedText normalized = ArabicNormalizer.Default.Normalize("اب");

        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.ToOriginal(start, end));
    }
}
