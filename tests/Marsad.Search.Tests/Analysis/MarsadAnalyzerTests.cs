using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Search.Analysis;
using Marsad.Search.Indexing;

namespace Marsad.Search.Tests.Analysis;

public sealed class MarsadAnalyzerTests
{
    [Fact]
    public void ExactField_CliticWord_EmitsItsBaseOverTheWholeWord()
    {
        var terms = Analyze(IndexFields.TextExact, "قال والسوداني");

        Assert.Equal([("قال", 1, 0, 3), ("سوداني", 1, 4, 13)], terms);
    }

    [Fact]
    public void ExactField_DiacritisedWord_OffsetsCoverTheOriginalCharacters()
    {
        const string text = "رئيسُ الـوزراءِ.";

        var terms = Analyze(IndexFields.TextExact, text);

        Assert.Equal("رئيسُ", text[terms[0].Start..terms[0].End]);
        Assert.Equal("الـوزراءِ", text[terms[1].Start..terms[1].End]);
        Assert.Equal("وزراء", terms[1].Term);
        Assert.DoesNotContain(terms, t => t.Term == ".");
    }

    [Fact]
    public void StemField_InflectedForms_ShareOneStem()
    {
        var terms = Analyze(IndexFields.TextStem, "الانتخابات والانتخابية انتخابات");

        Assert.Single(terms.Select(t => t.Term).Distinct());
        Assert.All(terms, t => Assert.Equal(1, t.Increment));
    }

    [Fact]
    public void TokenListStream_SameText_EmitsWhatTheTokenizerEmits()
    {
        const string text = "وقالَ رئيسُ الوزراء للصحفيين إن الانتخابات في موعدها";
        foreach (var field in new[] { IndexFields.TextExact, IndexFields.TextStem })
        {
            using var stream = new TokenListStream(IndexFields.FormOf(field));
            stream.SetTokens(SearchAnalysis.Tokenize(text), text.Length);

            Assert.Equal(Analyze(field, text), Drain(stream));
        }
    }

    private static List<(string Term, int Increment, int Start, int End)> Analyze(string field, string text)
    {
        using var analyzer = new MarsadAnalyzer();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        return Drain(stream);
    }

    private static List<(string Term, int Increment, int Start, int End)> Drain(global::Lucene.Net.Analysis.TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var terms = new List<(string, int, int, int)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return terms;
    }
}
