using Marsad.Core.Analysis;
using Marsad.Extraction.Tests.Support;

namespace Marsad.Extraction.Tests.Entities.Recognition;

/// <summary>A head word, what the body does and its nationality name a country's body, and a head in construct with a place that place's; a head and a nationality alone describe.</summary>
public sealed class NationalBodiesTests
{
    [Theory]
    [InlineData("بدأت الاجتماعات أمس. وذكرت وكالة الأنباء السورية أن القصف توقف.", "وكالة الأنباء السورية")]
    [InlineData("التقى الوفد أمس. وأعلنت وزارة الصحة الفلسطينية مقتل شابين.", "وزارة الصحة الفلسطينية")]
    [InlineData("قال الاتحاد إن اللجنة الأولمبية المصرية وافقت على الطلب.", "اللجنة الأولمبية المصرية")]
    [InlineData("ويقام المهرجان برعاية حكومة دبي في الإمارة.", "حكومة دبي")]
    [InlineData("وفاز منتخب البرازيل على كوستاريكا.", "منتخب البرازيل")]
    public void A_head_with_its_function_and_nationality_or_its_place_names_a_body(string text, string body)
    {
        DocumentAnalysis analysis = Shipped.Analyze(text);

        MentionItem mention = Assert.Single(analysis.Mentions, m => m.Text == body);
        Assert.Equal(EntityType.Organization, analysis.Entities[mention.Entity].Type);
    }

    [Theory]
    [InlineData("ونشرت الجريدة الإيطالية صورة المدرب.", "الجريدة الإيطالية")]
    [InlineData("وفاز الفريق الإسباني على منافسه.", "الفريق الإسباني")]
    public void A_head_and_a_nationality_alone_describe(string text, string phrase)
    {
        DocumentAnalysis analysis = Shipped.Analyze(text);

        Assert.DoesNotContain(analysis.Entities, e => e.Name == phrase && e.Type == EntityType.Organization && analysis.Quotes.All(q => q.Speaker != e.Id));
    }

    [Fact]
    public void An_embassy_of_a_place_is_left_to_the_tagger()
    {
        DocumentAnalysis analysis = Shipped.Analyze("وتجمع المحتجون أمام سفارة واشنطن في المدينة.");

        Assert.DoesNotContain(analysis.Mentions, m => m.Text == "سفارة واشنطن" && m.Confidence == 0.6);
    }

    [Theory]
    [InlineData("وقالت وزارة الصحة للها بيان.")]
    [InlineData("أعلنت هيئة الطب لله الحمد.")]
    [InlineData("قال مجلس الأمن بالأمس وللمرة الثانية.")]
    public void Short_words_with_article_like_letters_break_nothing(string text)
    {
        DocumentAnalysis analysis = Shipped.Analyze(text);

        Assert.All(analysis.Mentions, m => Assert.Equal(text[m.Start..m.End], m.Text));
    }
}
