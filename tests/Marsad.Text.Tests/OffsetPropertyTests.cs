using FsCheck.Xunit;
using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tests.Support;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Tests;

/// <summary>Offsets are sacred: for any text at all, every span points back into the original.</summary>
public sealed class OffsetPropertyTests
{
    private static readonly ArabicTokenizer SearchTokenizer = new(new ArabicNormalizer(NormalizerOptions.Search));

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)], MaxTest = 500)]
    public void Normalize_AnyText_MapIsNonDecreasingWithinOriginalAndEndsAtLength(ArabicText text)
    {
        NormalizedText normalized = ArabicNormalizer.Default.Normalize(text.Value);

        Assert.Equal(normalized.Value.Length + 1, normalized.Map.Length);
        Assert.Equal(text.Value.Length, normalized.Map[^1]);
        for (int i = 0; i < normalized.Value.Length; i++)
        {
            Assert.InRange(normalized.Map[i], 0, text.Value.Length - 1);
            Assert.True(normalized.Map[i] <= normalized.Map[i + 1]);
        }
    }

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)], MaxTest = 500)]
    public void ToOriginal_AnySpan_LiesWithinOriginalAndKeepsOrder(ArabicText text)
    {
        NormalizedText normalized = ArabicNormalizer.Default.Normalize(text.Value);
        int length = normalized.Value.Length;

        for (int start = 0; start <= length; start += 3)
        {
            for (int end = start; end <= length; end += 2)
            {
                (int s, int e) = normalized.ToOriginal(start, end);
                Assert.InRange(s, 0, text.Value.Length);
                Assert.InRange(e, s, text.Value.Length);
                Assert.True(end == start ? e == s : e > s);
            }
        }
    }

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)], MaxTest = 500)]
    public void Normalize_AnyText_AgreesWithNormalizeTerm(ArabicText text) =>
        Assert.Equal(ArabicNormalizer.Default.Normalize(text.Value).Value, ArabicNormalizer.Default.NormalizeTerm(text.Value));

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)], MaxTest = 500)]
    public void Tokenize_AnyText_TokensAreNonEmptyOrderedAndWithinOriginal(ArabicText text)
    {
        IReadOnlyList<Token> tokens = ArabicTokenizer.Default.Tokenize(text.Value);

        int previousEnd = 0;
        foreach (Token token in tokens)
        {
            Assert.True(token.Start >= previousEnd, $"token at {token.Start} overlaps the one ending at {previousEnd}");
            Assert.True(token.End > token.Start);
            Assert.True(token.End <= text.Value.Length);
            Assert.NotEmpty(token.Normalized);
            Assert.InRange(token.ProcliticLength, 0, token.Normalized.Length - 1);
            previousEnd = token.End;
        }
    }

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)], MaxTest = 300)]
    public void Tokenize_AnyTextWithSearchOptions_TokensStayWithinOriginalAndMatchTheirSpans(ArabicText text)
    {
        int previousEnd = 0;
        foreach (Token token in SearchTokenizer.Tokenize(text.Value))
        {
            Assert.InRange(token.Start, previousEnd, token.End - 1);
            Assert.True(token.End <= text.Value.Length);
            Assert.Equal(token.Normalized, SearchTokenizer.Normalizer.NormalizeTerm(text.Value.AsSpan(token.Start, token.End - token.Start)));
            previousEnd = token.End;
        }
    }

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)], MaxTest = 500)]
    public void Tokenize_AnyText_NormalizedFormIsNormalizationOfOriginalSpan(ArabicText text)
    {
        foreach (Token token in ArabicTokenizer.Default.Tokenize(text.Value))
        {
            Assert.Equal(token.Normalized, ArabicNormalizer.Default.NormalizeTerm(text.Value.AsSpan(token.Start, token.End - token.Start)));
        }
    }

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)], MaxTest = 500)]
    public void Split_AnyText_SentencesAreOrderedNonOverlappingTrimmedAndWithinOriginal(ArabicText text)
    {
        IReadOnlyList<(int Start, int End)> sentences = SentenceSplitter.Default.Split(text.Value);

        int previousEnd = 0;
        foreach ((int start, int end) in sentences)
        {
            Assert.True(start >= previousEnd);
            Assert.True(end > start);
            Assert.True(end <= text.Value.Length);
            Assert.False(char.IsWhiteSpace(text.Value[start]));
            Assert.False(char.IsWhiteSpace(text.Value[end - 1]));
            previousEnd = end;
        }
    }
}
