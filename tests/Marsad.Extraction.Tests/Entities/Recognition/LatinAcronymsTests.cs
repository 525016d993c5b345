using Marsad.Core.Analysis;
using Marsad.Extraction.Tests.Support;

namespace Marsad.Extraction.Tests.Entities.Recognition;

/// <summary>Latin acronyms in Arabic text, which the tagger never learned: organisations, unless they name no body.</summary>
public sealed class LatinAcronymsTests
{
    [Theory]
    [InlineData("دبي، الإمارات العربية المتحدة (CNN)-- أعلنت الشركة نتائجها.", "CNN")]
    [InlineData("اتهمت أنقرة حزب العمال الكردستاني (PKK) بتنفيذ الهجوم.", "PKK")]
    [InlineData("وقع الهجوم ليلا. وقال مسؤول إن الوضع خطير بحسب PHE في تقريرها.", "PHE")]
    public void An_acronym_is_an_organisation(string text, string acronym)
    {
        DocumentAnalysis analysis = Shipped.Analyze(text);

        MentionItem mention = Assert.Single(analysis.Mentions, m => m.Text == acronym);
        Assert.Equal(EntityType.Organization, analysis.Entities[mention.Entity].Type);
    }

    [Theory]
    [InlineData("ارتفع الناتج المحلي GDP بنسبة 3 في المئة.")]
    [InlineData("أعلن الاتحاد تطبيق تقنية VAR في البطولة.")]
    [InlineData("احتفل الملك لويس XIV بالعيد.")]
    [InlineData("أطلقت الشركة هاتف iPhone الجديد.")]
    public void A_word_that_names_no_body_is_not_tagged(string text)
    {
        DocumentAnalysis analysis = Shipped.Analyze(text);

        Assert.DoesNotContain(analysis.Mentions, m => m.Text.All(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'));
    }
}
