using Marsad.Extraction.Tests.Support;
using Marsad.Core.Analysis;

namespace Marsad.Extraction.Tests.Analysis;

/// <summary>Which actor a quote is given to when the speaker is a body, a spokesperson or a body in a place.</summary>
public sealed class SpeakerEntityTests
{
    private static (QuoteItem Quote, LocalEntity? Speaker) OnlyQuote(string text)
    {
        DocumentAnalysis analysis = Shipped.Analyze(text);
        QuoteItem quote = Assert.Single(analysis.Quotes);
        LocalEntity? speaker = quote.Speaker is { } id ? analysis.Entities.Single(e => e.Id == id) : null;
        return (quote, speaker);
    }

    [Fact]
    public void Unnamed_spokesperson_speaks_for_the_body_named_after_basm()
    {
        var (quote, speaker) = OnlyQuote("من جهته، قال المتحدث باسم وزارة الزراعة السورية إن الموسم سيكون جيدا.");

        Assert.Equal("قال", quote.Cue);
        Assert.NotNull(speaker);
        Assert.Equal("وزارة الزراعة السورية", speaker.Name);
        Assert.Equal(EntityType.Organization, speaker.Type);
    }

    [Fact]
    public void A_body_in_a_city_speaks_itself_not_the_city()
    {
        var (_, speaker) = OnlyQuote("في المقابل، نفت السفارة الفرنسية في الجزائر أن تكون باريس قد استدعت سفيرها.");

        Assert.NotNull(speaker);
        Assert.Equal("السفارة الفرنسية", speaker.Name);
        Assert.Equal(EntityType.Organization, speaker.Type);
    }

    [Fact]
    public void A_mission_of_an_organisation_speaks_as_the_mission()
    {
        var (_, speaker) = OnlyQuote("وأعلنت بعثة الاتحاد الأوروبي في بغداد أنها ستواصل برامج التدريب.");

        Assert.NotNull(speaker);
        Assert.Equal("بعثة الاتحاد الأوروبي", speaker.Name);
        Assert.Equal(EntityType.Organization, speaker.Type);
    }

    [Fact]
    public void A_generic_source_stays_unnamed()
    {
        var (_, speaker) = OnlyQuote("وقال مصدر أمني إن الهجوم وقع فجرا.");

        Assert.Null(speaker);
    }

    [Fact]
    public void A_titled_person_the_tagger_missed_speaks_under_the_name_after_the_title()
    {
        var (_, speaker) = OnlyQuote("وقال العميد الحديثي في مؤتمر صحفي إن القوات مستعدة لتسلم القاعدتين.");

        Assert.NotNull(speaker);
        Assert.Equal("الحديثي", speaker.Name);
        Assert.Equal(EntityType.Person, speaker.Type);
    }

    [Fact]
    public void A_family_name_alone_speaks_for_the_one_person_the_article_named_in_full()
    {
        DocumentAnalysis analysis = Shipped.Analyze(
            "التقى وزير الخارجية فؤاد حسين نظيره التركي في أنقرة. وقال الحديثي إن اللقاء كان مثمرا. " +
            "وكان العميد سامر الحديثي قد زار القاعدة أمس.");

        QuoteItem quote = Assert.Single(analysis.Quotes);
        Assert.NotNull(quote.Speaker);
        Assert.Equal("سامر الحديثي", analysis.Entities.Single(e => e.Id == quote.Speaker).Name);
    }

    [Theory]
    [InlineData("وقال المتحدث الرسمي إن الاجتماع تأجل إلى الأسبوع المقبل.")]
    [InlineData("وقال الوزير السابق إن الاجتماع تأجل إلى الأسبوع المقبل.")]
    public void A_title_with_a_role_word_is_no_name(string text)
    {
        var (_, speaker) = OnlyQuote(text);

        Assert.Null(speaker);
    }

    [Theory]
    [InlineData("وقالت الشرطة إن الانفجار أسفر عن مقتل ثلاثة أشخاص.", "الشرطة")]
    [InlineData("وقالت الشرطة العراقية إن الانفجار أسفر عن مقتل ثلاثة أشخاص.", "الشرطة العراقية")]
    [InlineData("وأعلنت النيابة العامة أن المتهم موقوف.", "النيابة العامة")]
    public void An_institution_named_by_its_noun_alone_speaks(string text, string name)
    {
        var (_, speaker) = OnlyQuote(text);

        Assert.NotNull(speaker);
        Assert.Equal(name, speaker.Name);
        Assert.Equal(EntityType.Organization, speaker.Type);
    }

    [Fact]
    public void A_ministry_without_its_name_stays_unnamed()
    {
        var (_, speaker) = OnlyQuote("وقالت الوزارة إن الموسم سيكون جيدا.");

        Assert.Null(speaker);
    }

    [Fact]
    public void A_newspaper_named_in_marks_speaks_as_an_organisation()
    {
        var (_, speaker) = OnlyQuote("أكدت صحيفة \"ميرور\" البريطانية أن اللاعب هو أفضل صفقة في تاريخ النادي.");

        Assert.NotNull(speaker);
        Assert.Equal("ميرور", speaker.Name);
        Assert.Equal(EntityType.Organization, speaker.Type);
    }

    [Fact]
    public void A_spokesman_named_after_the_body_speaks_himself_for_the_body()
    {
        DocumentAnalysis analysis = Shipped.Analyze(
            "وقال المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر إن الحوار مستمر.");

        QuoteItem quote = Assert.Single(analysis.Quotes);
        Assert.Equal("ماثيو ميلر", analysis.Entities.Single(e => e.Id == quote.Speaker).Name);
        Assert.NotNull(quote.SpeakerFor);
        Assert.Equal(EntityType.Organization, analysis.Entities.Single(e => e.Id == quote.SpeakerFor).Type);
    }

    [Fact]
    public void An_announcement_through_its_object_is_a_statement()
    {
        var (quote, speaker) = OnlyQuote("وأعلن الجيش عن مقتل زعيم التنظيم في المدينة.");

        Assert.Equal("أعلن", quote.Cue);
        Assert.Equal("مقتل زعيم التنظيم في المدينة", quote.Text);
        Assert.Equal("الجيش", speaker?.Name);
    }

    [Fact]
    public void A_speaker_named_alone_later_still_speaks_for_the_body_he_was_introduced_with()
    {
        DocumentAnalysis analysis = Shipped.Analyze(
            "وقال المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر إن الحوار مستمر. وفي وقت لاحق قال ميلر للصحفيين إن الوفد سيصل غدا.");

        Assert.Equal(2, analysis.Quotes.Count);
        Assert.NotNull(analysis.Quotes[1].SpeakerFor);
        Assert.Equal(analysis.Quotes[0].SpeakerFor, analysis.Quotes[1].SpeakerFor);
    }

    [Fact]
    public void A_speaker_whose_role_the_article_gave_elsewhere_speaks_for_the_body_of_that_role()
    {
        DocumentAnalysis analysis = Shipped.Analyze(
            "التقى رئيس الوزراء العراقي محمد شياع السوداني وفدا أمريكيا في بغداد. وقال السوداني إن الحوار مستمر.");

        QuoteItem quote = Assert.Single(analysis.Quotes);
        Assert.Equal("محمد شياع السوداني", analysis.Entities.Single(e => e.Id == quote.Speaker).Name);
        Assert.NotNull(quote.SpeakerFor);
        Assert.Equal(EntityType.Location, analysis.Entities.Single(e => e.Id == quote.SpeakerFor).Type);
    }

    [Fact]
    public void A_speaker_whose_role_names_an_untagged_body_after_basm_speaks_for_that_body()
    {
        DocumentAnalysis analysis = Shipped.Analyze(
            "أكد تركي المالكي، المتحدث الرسمي باسم قوات التحالف الدولي، استمرار العمليات. وقال المالكي إن التحقيق جار.");

        QuoteItem quote = Assert.Single(analysis.Quotes, q => q.Cue == "قال");
        Assert.NotNull(quote.SpeakerFor);
        LocalEntity body = analysis.Entities.Single(e => e.Id == quote.SpeakerFor);
        Assert.Equal(EntityType.Organization, body.Type);
        Assert.Contains(analysis.Mentions, m => m.Entity == body.Id);
    }
}
