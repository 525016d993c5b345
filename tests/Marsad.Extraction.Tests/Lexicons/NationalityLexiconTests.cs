using Marsad.Extraction.Lexicons;

namespace Marsad.Extraction.Tests.Lexicons;

public sealed class NationalityLexiconTests
{
    [Theory]
    [InlineData("أميركي", "الولايات المتحدة")]
    [InlineData("أمريكي", "الولايات المتحدة")]
    [InlineData("الأمريكية", "الولايات المتحدة")]
    [InlineData("الأمريكيين", "الولايات المتحدة")]
    [InlineData("امريكيا", "الولايات المتحدة")]
    [InlineData("عراقي", "العراق")]
    [InlineData("العراقية", "العراق")]
    [InlineData("العراقيون", "العراق")]
    [InlineData("إيراني", "إيران")]
    [InlineData("ايرانيه", "إيران")]
    [InlineData("تركي", "تركيا")]
    [InlineData("الأتراك", "تركيا")]
    [InlineData("سوري", "سوريا")]
    [InlineData("روسي", "روسيا")]
    [InlineData("الروس", "روسيا")]
    [InlineData("بريطاني", "المملكة المتحدة")]
    [InlineData("البريطانيتين", "المملكة المتحدة")]
    [InlineData("فرنسي", "فرنسا")]
    [InlineData("إماراتي", "الإمارات")]
    [InlineData("سعودي", "السعودية")]
    [InlineData("لبناني", "لبنان")]
    [InlineData("أردني", "الأردن")]
    [InlineData("مصريين", "مصر")]
    [InlineData("إسرائيلي", "إسرائيل")]
    [InlineData("فلسطينيون", "فلسطين")]
    [InlineData("ألماني", "ألمانيا")]
    [InlineData("صيني", "الصين")]
    [InlineData("يمني", "اليمن")]
    [InlineData("الأمِيرْكِيّ", "الولايات المتحدة")]
    public void CountryOf_MapsEveryFormToTheCanonicalCountry(string adjective, string country) =>
        Assert.Equal(country, NationalityLexicon.CountryOf(adjective));

    [Theory]
    [InlineData("مالي")]
    [InlineData("عربي")]
    [InlineData("جندي")]
    [InlineData("الدولي")]
    [InlineData("")]
    public void CountryOf_ReturnsNullForOtherWords(string word) =>
        Assert.Null(NationalityLexicon.CountryOf(word));
}
