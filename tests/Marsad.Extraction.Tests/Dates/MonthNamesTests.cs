using Marsad.Extraction.Dates;

namespace Marsad.Extraction.Tests.Dates;

public sealed class MonthNamesTests
{
    [Theory]
    [InlineData("يناير", 1)]
    [InlineData("كانون  الثاني", 1)]
    [InlineData("جانفي", 1)]
    [InlineData("فيفري", 2)]
    [InlineData("آذار", 3)]
    [InlineData("إبريل", 4)]
    [InlineData("أفريل", 4)]
    [InlineData("ماي", 5)]
    [InlineData("جوان", 6)]
    [InlineData("يونيه", 6)]
    [InlineData("جويلية", 7)]
    [InlineData("غشت", 8)]
    [InlineData("أوت", 8)]
    [InlineData("شتنبر", 9)]
    [InlineData("تشرين الاول", 10)]
    [InlineData("نونبر", 11)]
    [InlineData("دجنبر", 12)]
    public void TryGregorian_RegionalSpelling_ReturnsMonth(string name, int expected)
    {
        string normalized = MonthNames.Normalizer.NormalizeTerm(name);

        Assert.True(MonthNames.TryGregorian(normalized, out int month));
        Assert.Equal(expected, month);
    }

    [Theory]
    [InlineData("ربيع الآخر", 4)]
    [InlineData("جمادى الأولى", 5)]
    [InlineData("جمادى الثانية", 6)]
    [InlineData("ذو القعدة", 11)]
    [InlineData("ذي الحجه", 12)]
    public void TryHijri_Spelling_ReturnsMonth(string name, int expected)
    {
        string normalized = MonthNames.Normalizer.NormalizeTerm(name);

        Assert.True(MonthNames.TryHijri(normalized, out int month));
        Assert.Equal(expected, month);
    }
}
