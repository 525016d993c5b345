using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Tests;

public sealed class AnalyzedTextTests
{
    private const string Article = "قالَ الوزيرُ إنّ القوات ستنسحب. وأضاف: «لن نبقى»!\nالمؤتمر في بغداد";

    [Fact]
    public void Of_HoldsTheSameTokensAndSentencesAsTheStagesThemselves()
    {
        AnalyzedText read = AnalyzedText.Of(Article);

        Assert.Equal(ArabicTokenizer.Default.Tokenize(Article), read.Tokens);
        Assert.Equal(SentenceSplitter.Default.Split(Article), read.Sentences);
        Assert.Equal(3, read.Sentences.Count);
        Assert.Equal("المؤتمر في بغداد", read.SentenceText(2).ToString());
    }

    [Fact]
    public void Folded_IsTheKeyFoldWithAMapBackToTheText()
    {
        AnalyzedText read = AnalyzedText.Of(Article);

        Assert.Equal(ArabicNormalizer.Search.Normalize(Article).Value, read.Folded.Value);
        int at = read.Folded.Value.IndexOf("الوزير", StringComparison.Ordinal);
        (int start, int end) = read.Folded.ToOriginal(at, at + "الوزير".Length);
        Assert.StartsWith("الوزير", Article[start..end], StringComparison.Ordinal);
        Assert.Equal("الوزير", ArabicNormalizer.Search.NormalizeTerm(Article.AsSpan(start, end - start)));
    }
}
