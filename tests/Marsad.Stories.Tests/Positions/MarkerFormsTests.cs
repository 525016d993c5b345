using Marsad.Stories.Positions;

namespace Marsad.Stories.Tests.Positions;

public class WordFormsTests
{
    [Theory]
    [InlineData("ننسحب", "سحب")]
    [InlineData("تنسحب", "سحب")]
    [InlineData("انسحبت", "سحب")]
    [InlineData("ينسحبون", "سحب")]
    [InlineData("يسحب", "سحب")]
    [InlineData("نخرج", "خرج")]
    [InlineData("يستخدم", "خدم")]
    public void IsVerbOf_FindsTheRootUnderPersonFormAndSuffix(string word, string root)
    {
        Assert.True(MarkerForms.IsVerbOf(word, root));
    }

    [Theory]
    [InlineData("سحاب", "سحب")]
    [InlineData("مسحوب", "سحب")]
    [InlineData("خارجي", "خرج")]
    public void IsVerbOf_LeavesNounsOfOtherPatterns(string word, string root)
    {
        Assert.False(MarkerForms.IsVerbOf(word, root));
    }

    [Theory]
    [InlineData("فادحا", "فادح")]
    [InlineData("دعمنا", "دعم")]
    [InlineData("محاربتها", "محاربه")]
    [InlineData("وقلقي", "قلق")]
    public void Bases_TakeOffAConjunctionAndOneSuffix_KeepingAFirstLetterThatLooksLikeOne(string word, string expected)
    {
        Assert.Contains(expected, MarkerForms.Bases(word));
    }

    [Theory]
    [InlineData("خروج", "خرج")]
    [InlineData("رحيل", "رحل")]
    [InlineData("سحب", "سحب")]
    public void RootOf_TakesTheLongVowelOutOfFuulAndFail(string stem, string root)
    {
        Assert.Equal(root, MarkerForms.RootOf(stem));
    }
}
