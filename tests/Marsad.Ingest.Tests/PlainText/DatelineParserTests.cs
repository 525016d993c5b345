using Marsad.Ingest.PlainText;

namespace Marsad.Ingest.Tests.PlainText;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("13 يناير, 2024", 2024, 1, 13)]
    [InlineData("28 يناير/ كانون الثاني 2024", 2024, 1, 28)]
    [InlineData("1 تشرين الأول 2019", 2019, 10, 1)]
    [InlineData("12 جويلية 2020", 2020, 7, 12)]
    [InlineData("3 غشت 2021", 2021, 8, 3)]
    [InlineData("January 13, 2024", 2024, 1, 13)]
    [InlineData("2024/01/13", 2024, 1, 13)]
    [InlineData("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م", 2015, 8, 11)]
    public void TryFind_DateForms_GiveTheDate(string text, int year, int month, int day)
    {
        Assert.True(DatelineParser.TryFind(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31 فبراير 2024")]
    [InlineData("13 يناير")]
    [InlineData("في عام 2024")]
    public void TryFind_IncompleteOrImpossibleDates_FindNothing(string text)
    {
        Assert.False(DatelineParser.TryFind(text, out _));
    }

    [Fact]
    public void IsDateline_HeadlineThatMentionsADate_IsNotADateline()
    {
        Assert.False(DatelineParser.IsDateline("الحكومة والبرلمان يتفقان على موعد الانتخابات المقبلة في 13 يناير 2024", out _));
    }
}
