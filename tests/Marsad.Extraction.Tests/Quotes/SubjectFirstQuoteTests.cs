namespace Marsad.Extraction.Tests.Quotes;

public sealed class SubjectFirstQuoteTests
{
    [Fact]
    public void Find_NameBeforeVerb_SpeakerIsThatName()
    {
        var quote = QuoteText.Single("[P|الحريري] قال إن الانتخابات ستجرى في موعدها.");

        Assert.Equal("الحريري", quote.Speaker?.Text);
        Assert.Equal("الانتخابات ستجرى في موعدها", quote.Text);
        Assert.Equal("قال", quote.Cue);
    }

    [Fact]
    public void Find_OrganisationBeforeFeminineVerb_SpeakerIsTheOrganisation()
    {
        var quote = QuoteText.Single("[O|وزارة الخارجية] أعلنت أن السفير استدعي للتشاور.");

        Assert.Equal("وزارة الخارجية", quote.Speaker?.Text);
        Assert.Equal(0, quote.Speaker?.Entity);
    }

    [Fact]
    public void Find_UntaggedSubjectBeforeVerb_SpeakerIsThePhrase()
    {
        var quote = QuoteText.Single("الخارجية الروسية تقول إن العقوبات غير قانونية.");

        Assert.Equal("الخارجية الروسية", quote.Speaker?.Text);
        Assert.Null(quote.Speaker?.Entity);
    }

    [Fact]
    public void Find_ReportNestedInIndirectClause_StaysInsideTheOuterQuote()
    {
        var quote = QuoteText.Single("قال [P|أحمد سالم] إن [O|البنك المركزي] أكد أن الفائدة ثابتة.");

        Assert.Equal("البنك المركزي أكد أن الفائدة ثابتة", quote.Text);
        Assert.Equal("أحمد سالم", quote.Speaker?.Text);
    }

    [Fact]
    public void Find_SecondClauseWithItsOwnSubject_EndsTheFirstQuote()
    {
        var quotes = QuoteText.FindIn("قال [P|أحمد سالم] إن الأسعار ارتفعت، فيما [O|البنك المركزي] أكد أن الفائدة ثابتة.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("البنك المركزي", quotes[1].Speaker?.Text);
        Assert.Equal("الفائدة ثابتة", quotes[1].Text);
    }

    [Fact]
    public void Find_ImpersonalFormula_IsNoQuote()
    {
        Assert.Empty(QuoteText.FindIn("ويذكر أن المدينة شهدت احتجاجات مماثلة العام الماضي."));
    }

    [Theory]
    [InlineData("قال [P|سامي يوسف] إن الخطة جاهزة. وكانت وزارة المالية قد أكدت أن التمويل متوفر.", "وزارة المالية")]
    [InlineData("قال [P|سامي يوسف] إن الخطة جاهزة. وكانت الوزيرة قد أكدت أن التمويل متوفر.", "الوزيرة")]
    public void Find_SpeakerAfterWasAndBeforeTheVerb_Speaks(string markup, string speaker)
    {
        var quotes = QuoteText.FindIn(markup);

        Assert.Equal(2, quotes.Count);
        Assert.Equal(speaker, quotes[1].Speaker?.Text);
    }

    [Fact]
    public void Find_SayingParticipleAfterAVerbWithItsSubjectBefore_TakesThatSubject()
    {
        var quotes = QuoteText.FindIn("قال [P|سامي يوسف] إن الخطة جاهزة. و كان الوزير [P|خالد العمري] غرد على تويتر قائلا إن الطرق ستفتح.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("الطرق ستفتح", quotes[1].Text);
        Assert.Equal("خالد العمري", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void Find_RelativeWithWawBeforeTheVerb_TheNameBeforeItSpeaks()
    {
        var quotes = QuoteText.FindIn("قال [P|سامي يوسف] إن الخطة جاهزة. ورد المدرب على سيدة تدعى [P|سلمى خالد]، والتي ادعت أنه أخلف وعده.");

        Assert.Equal("سلمى خالد", quotes[^1].Speaker?.Text);
    }
}
