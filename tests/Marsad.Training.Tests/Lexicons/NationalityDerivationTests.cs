using Marsad.Extraction.Lexicons;
using Marsad.Training.Lexicons;

namespace Marsad.Training.Tests.Lexicons;

public sealed class NationalityDerivationTests
{
    [Theory]
    [InlineData("العراق", "عراقي")]
    [InlineData("سوريا", "سوري")]
    [InlineData("كندا", "كندي")]
    [InlineData("السعودية", "سعودي")]
    [InlineData("الإمارات", "إماراتي")]
    [InlineData("إيران", "إيراني")]
    [InlineData("الأرجنتين", "أرجنتيني")]
    [InlineData("جمهورية تونس", "تونسي")]
    public void FromCommonName_AppliesNisbaRules(string name, string expected) =>
        Assert.Equal(expected, NationalityDerivation.FromCommonName(name));

    [Theory]
    [InlineData("مالي")]
    [InlineData("الكونغو")]
    [InlineData("بيرو")]
    [InlineData("كوريا الجنوبية")]
    public void FromCommonName_SkipsNamesWithoutRegularNisba(string name) =>
        Assert.Null(NationalityDerivation.FromCommonName(name));

    [Theory]
    [InlineData("الجمهورية التونسية", "تونسي")]
    [InlineData("الجمهورية العربية السورية", "سوري")]
    [InlineData("المملكة الأردنية الهاشمية", "أردني")]
    [InlineData("الولايات المتحدة الامريكية", "امريكي")]
    public void FromOfficialName_TakesTheFirstSpecificAdjective(string name, string expected) =>
        Assert.Equal(expected, NationalityDerivation.FromOfficialName(name));

    [Theory]
    [InlineData("ساموا الأمريكية")]
    [InlineData("جمهورية الصين الشعبية")]
    public void FromOfficialName_IgnoresTerritoriesAndGenericAdjectives(string name) =>
        Assert.Null(NationalityDerivation.FromOfficialName(name));

    [Fact]
    public void Derive_DropsAnAdjectiveTwoCountriesClaim()
    {
        var pairs = NationalityDerivation.Derive([("الغرب", ""), ("غربا", ""), ("العراق", "")]);

        Assert.DoesNotContain(pairs, p => p.Adjective == "غربي");
        Assert.Contains(("عراقي", "العراق"), pairs);
    }

    [Fact]
    public void Format_ThenParse_RoundTrips()
    {
        (string, string)[] pairs = [("عراقي", "العراق"), ("سوري", "سوريا")];

        var parsed = NationalityResource.Parse(new StringReader(NationalityDerivation.Format(pairs)));

        Assert.Equal(pairs, parsed);
    }
}
