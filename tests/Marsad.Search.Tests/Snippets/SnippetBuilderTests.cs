using Marsad.Search.Analysis;
using Marsad.Search.Querying;
using Marsad.Search.Snippets;

namespace Marsad.Search.Tests.Snippets;

public sealed class SnippetBuilderTests
{
    [Fact]
    public void Build_ShortText_ShowsAllOfItWithoutEllipses()
    {
        var snippet = SnippetBuilder.Build("ارتفعت أسعار النفط اليوم.", Terms("النفط"), 200);

        Assert.Equal("ارتفعت أسعار النفط اليوم.", snippet.Text);
        Assert.Equal([new TextSpan(13, 18)], snippet.Highlights);
    }

    [Fact]
    public void Build_MatchDeepInLongText_CutsAWindowAroundItOnWordBoundaries()
    {
        var filler = string.Join(' ', Enumerable.Repeat("كلام عام عن الطقس", 40));
        var text = filler + " ثم ارتفعت أسعار النفط في الأسواق " + filler;

        var snippet = SnippetBuilder.Build(text, Terms("النفط"), 120);

        Assert.StartsWith("… ", snippet.Text, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet.Text, StringComparison.Ordinal);
        Assert.InRange(snippet.Text.Length, 60, 130);
        var h = Assert.Single(snippet.Highlights);
        Assert.Equal("النفط", snippet.Text.Substring(h.Start, h.Length));
        Assert.All(snippet.Text[2..^2].Split(' '), w => Assert.Contains(w, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SentenceStartNearTheMatch_StartsThere()
    {
        var lead = string.Join(' ', Enumerable.Repeat("مقدمة طويلة", 30));
        var text = lead + ". وفي الجلسة ارتفعت أسعار النفط. " + lead;

        var snippet = SnippetBuilder.Build(text, Terms("النفط"), 150);

        Assert.StartsWith("… وفي الجلسة", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ManyMatches_PrefersTheWindowWithMoreDifferentWords()
    {
        var filler = string.Join(' ', Enumerable.Repeat("كلام", 80));
        var text = "النفط النفط النفط " + filler + " النفط في بغداد " + filler;

        var snippet = SnippetBuilder.Build(text, Terms("النفط", "بغداد"), 100);

        Assert.Contains("النفط في بغداد", snippet.Text, StringComparison.Ordinal);
        Assert.Equal(2, snippet.Highlights.Count);
    }

    [Fact]
    public void Build_NoMatchInText_ShowsTheLead()
    {
        var text = "بداية الخبر هنا. " + string.Join(' ', Enumerable.Repeat("تفاصيل", 100));

        var snippet = SnippetBuilder.Build(text, Terms("النفط"), 100);

        Assert.StartsWith("بداية الخبر هنا.", snippet.Text, StringComparison.Ordinal);
        Assert.Empty(snippet.Highlights);
    }

    [Fact]
    public void Build_DiacriticsTatweelAndClitics_HighlightTheOriginalCharacters()
    {
        const string text = "قالَ رئيسُ الـوزراءِ وللحكومــةِ رأيٌ آخر";

        var snippet = SnippetBuilder.Build(text, Terms("الوزراء", "حكومة"), 200);

        var marked = snippet.Highlights.Select(h => snippet.Text.Substring(h.Start, h.Length));
        Assert.Equal(["الـوزراءِ", "وللحكومــةِ"], marked);
    }

    [Fact]
    public void Build_LineBreaks_BecomeSpacesKeepingOffsets()
    {
        var snippet = SnippetBuilder.Build("سطر أول\nالنفط\tهنا", Terms("النفط"), 200);

        Assert.Equal("سطر أول النفط هنا", snippet.Text);
        Assert.Equal("النفط", snippet.Text.Substring(snippet.Highlights[0].Start, snippet.Highlights[0].Length));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Build_LongRunWithoutSpaces_NeverCutsASurrogatePair(int lead)
    {
        var text = new string('x', lead) + string.Concat(Enumerable.Repeat("\U0001F600", 100));

        var snippet = SnippetBuilder.Build(text, Terms("النفط"), 20);

        for (var i = 0; i < snippet.Text.Length; i++)
        {
            Assert.False(char.IsHighSurrogate(snippet.Text[i]) && (i + 1 == snippet.Text.Length || !char.IsLowSurrogate(snippet.Text[i + 1])), $"lone high surrogate at {i}");
            Assert.False(char.IsLowSurrogate(snippet.Text[i]) && (i == 0 || !char.IsHighSurrogate(snippet.Text[i - 1])), $"lone low surrogate at {i}");
        }
    }

    private static MatchTerms Terms(params string[] words)
    {
        var terms = new MatchTerms();
        foreach (var token in words.SelectMany(SearchAnalysis.Tokenize))
        {
            terms.Add(token);
        }
        return terms;
    }
}
