using Marsad.Extraction.Quantities;

namespace Marsad.Extraction.Tests.Quantities;

public sealed class SubjectHintTests
{
    private static SubjectHint Hint(string text)
    {
        QuantityMention mention = QuantityFinderTests.Single(text);
        SubjectHint hint = Assert.IsType<SubjectHint>(mention.Subject);
        Assert.Equal(hint.Text, text.Substring(hint.Start, hint.End - hint.Start));
        return hint;
    }

    [Theory]
    [InlineData("وتنشر واشنطن 2500 جندي أميركي ضمن التحالف", "أميركي", "الولايات المتحدة")]
    [InlineData("وهناك أكثر من 5000 جندي أمريكي في العراق", "أمريكي", "الولايات المتحدة")]
    [InlineData("قتل 15 جنديا أمريكيا في الهجوم", "أمريكيا", "الولايات المتحدة")]
    [InlineData("قتل ثلاثة جنود أتراك في الهجوم", "أتراك", "تركيا")]
    [InlineData("قتل ثلاثة جنود عراقيين في الهجوم", "عراقيين", "العراق")]
    [InlineData("قتل عشرات الجنود الإيرانيين في الهجوم", "الإيرانيين", "إيران")]
    [InlineData("قتل عشرات من الجنود الروس في الهجوم", "الروس", "روسيا")]
    [InlineData("اعتقلت 20 امرأة سورية في الهجوم", "سورية", "سوريا")]
    [InlineData("استشهد 3 فلسطينيين برصاص الاحتلال", "فلسطينيين", "فلسطين")]
    [InlineData("زار المتحف نحو 1,6 مليون أميركي", "أميركي", "الولايات المتحدة")]
    public void Find_NationalityAdjective_IsTheSubjectWithItsCountry(string text, string hint, string country)
    {
        SubjectHint subject = Hint(text);

        Assert.Equal(hint, subject.Text);
        Assert.Equal(country, subject.Country);
    }

    [Theory]
    [InlineData("وتنتشر 2500 جندي من قوات التحالف في العراق", "قوات التحالف")]
    [InlineData("سقط 40 قتيلا في صفوف الجيش العراقي أمس", "الجيش العراقي")]
    [InlineData("سقط 40 قتيلا من صفوف الحشد الشعبي أمس", "الحشد الشعبي")]
    [InlineData("قتل 5 عناصر من حزب الله في الغارة", "حزب الله")]
    public void Find_PrepositionalPhrase_IsTheSubjectWithoutCountry(string text, string hint)
    {
        SubjectHint subject = Hint(text);

        Assert.Equal(hint, subject.Text);
        Assert.Null(subject.Country);
    }

    [Theory]
    [InlineData("قتل 50 شخصا من بينهم أطفال")]
    [InlineData("دفع مليار دولار أمريكي للعراق")]
    [InlineData("دامت الحرب ثماني سنوات عراقية")]
    [InlineData("قتل 15 قتيلا في الموصل")]
    [InlineData("أصدرت 9 مليارات دولار من الصكوك")]
    [InlineData("ضبط 16 شخصا من جنسية عربية")]
    [InlineData("قتل عشرات الجنود أمريكي")]
    public void Find_NoClearOwner_LeavesSubjectNull(string text) =>
        Assert.Null(QuantityFinderTests.Single(text).Subject);

    [Fact]
    public void Find_BoundAfterNationality_ExtendsTheSpan()
    {
        QuantityMention mention = QuantityFinderTests.Single("قتل 15 جنديا أمريكيا على الأقل");

        Assert.Equal("15 جنديا أمريكيا على الأقل", mention.Text);
        Assert.Equal(QuantityBound.AtLeast, mention.Bound);
    }
}
