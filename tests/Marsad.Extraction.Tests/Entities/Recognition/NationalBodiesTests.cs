using Marsad.Core.Analysis;
using Marsad.Core.Documents;
using Marsad.Extraction.Tests.Support;

namespace Marsad.Extraction.Tests.Entities.Recognition;

/// <summary>A head word, what the body does and its nationality name a country's body; a head and a nationality alone describe.</summary>
public sealed class NationalBodiesTests
{
    private static DocumentAnalysis Analyze(string text) =>
        Shipped.Analyzer.Analyze(new Article("t", "test", null, text, null, null, null, null));

    [Theory]
    [InlineData("بدأت الاجتماعات أمس. وذكرت وكالة الأنباء السورية أن القصف توقف.", "وكالة الأنباء السورية")]
    [InlineData("التقى الوفد أمس. وأعلنت وزارة الصحة الفلسطينية مقتل شابين.", "وزارة الصحة الفلسطينية")]
    [InlineData("قال الاتحاد إن اللجنة الأولمبية المصرية وافقت على الطلب.", "اللجنة الأولمبية المصرية")]
    public void A_head_a_function_and_a_nationality_name_a_body(string text, string body)
    {
        DocumentAnalysis analysis = Analyze(text);

        MentionItem mention = Assert.Single(analysis.Mentions, m => m.Text == body);
        Assert.Equal(EntityType.Organization, analysis.Entities[mention.Entity].Type);
    }

    [Theory]
    [InlineData("ونشرت الجريدة الإيطالية صورة المدرب.", "الجريدة الإيطالية")]
    [InlineData("وفاز الفريق الإسباني على منافسه.", "الفريق الإسباني")]
    public void A_head_and_a_nationality_alone_describe(string text, string phrase)
    {
        DocumentAnalysis analysis = Analyze(text);

        Assert.DoesNotContain(analysis.Entities, e => e.Name == phrase && e.Type == EntityType.Organization && analysis.Quotes.All(q => q.Speaker != e.Id));
    }

    [Theory]
    [InlineData("ويقام المهرجان برعاية حكومة دبي في الإمارة.", "حكومة دبي")]
    [InlineData("وفاز منتخب البرازيل على كوستاريكا.", "منتخب البرازيل")]
    public void A_body_head_in_construct_with_a_place_names_its_body(string text, string body)
    {
        DocumentAnalysis analysis = Analyze(text);

        MentionItem mention = Assert.Single(analysis.Mentions, m => m.Text == body);
        Assert.Equal(EntityType.Organization, analysis.Entities[mention.Entity].Type);
    }

    [Fact]
    public void An_embassy_of_a_place_is_left_to_the_tagger()
    {
        DocumentAnalysis analysis = Analyze("وتجمع المحتجون أمام سفارة واشنطن في المدينة.");

        Assert.DoesNotContain(analysis.Mentions, m => m.Text == "سفارة واشنطن" && m.Confidence == 0.6);
    }
}
