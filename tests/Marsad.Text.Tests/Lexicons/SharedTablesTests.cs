using Marsad.Text.Lexicons;
using Marsad.Text.Normalization;

namespace Marsad.Text.Tests.Lexicons;

public sealed class SharedTablesTests
{
    [Theory]
    [InlineData("كانون الثاني", MonthCalendar.Gregorian, 1)]
    [InlineData("كانون  الثانى", MonthCalendar.Gregorian, 1)]
    [InlineData("جويلية", MonthCalendar.Gregorian, 7)]
    [InlineData("ذي الحجة", MonthCalendar.Hijri, 12)]
    [InlineData("Sept", MonthCalendar.Latin, 9)]
    public void MonthTable_FindsEveryRegionalSpellingAfterTheFolds(string name, MonthCalendar calendar, int month)
    {
        Assert.Equal(month, MonthTable.Of(calendar)[MonthTable.Key(name)]);
    }

    [Fact]
    public void MonthTable_EveryCalendarHasTwelveMonths_AndMarksTheCommonWords()
    {
        foreach (MonthCalendar calendar in Enum.GetValues<MonthCalendar>())
        {
            Assert.Equal(Enumerable.Range(1, 12), MonthTable.Names.Where(n => n.Calendar == calendar).Select(n => n.Month).Distinct().Order());
        }
        Assert.Equal(["مارس", "ماي", "اب"], MonthTable.Names.Where(n => n.IsCommonWord).Select(n => n.Key));
    }

    [Fact]
    public void NumberWordTable_HasEachValueOfTheCardinalsOnce()
    {
        var cardinals = NumberWordTable.Rows.Where(r => r.Class is NumberWordClass.Unit or NumberWordClass.Ten).Select(r => r.Value).ToList();

        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90], cardinals);
        Assert.All(NumberWordTable.Rows, r => Assert.NotEmpty(r.Forms));
    }

    [Fact]
    public void LexiconResource_SkipsCommentsAndBlankLines_AndSplitsOnTabs()
    {
        var rows = LexiconResource.Parse(new StringReader("# header\n\nunit\t3\tثلاث \t ثلاثة\n   \n"));

        Assert.Equal([["unit", "3", "ثلاث", "ثلاثة"]], rows);
    }

    [Theory]
    [InlineData('\u0623', '\u0627')]
    [InlineData('\u0629', '\u0647')]
    [InlineData('\u064E', '\0')]
    [InlineData('\u06A9', '\u0643')]
    [InlineData('٣', '3')]
    [InlineData('B', 'b')]
    public void FoldChar_FoldsOneCharacterAsTheKeyNormaliserDoes(char raw, char folded)
    {
        Assert.Equal(folded, ArabicNormalizer.Search.FoldChar(raw));
    }

    [Fact]
    public void MatchFoldedPrefix_CutsTheRawTextWhereTheFoldedWordsEnd()
    {
        const string raw = "إقرأ أيضاً: خبر";

        int cut = ArabicNormalizer.Search.MatchFoldedPrefix(raw, "اقرا ايضا");

        Assert.Equal("إقرأ أيضاً", raw[..cut]);
        Assert.Equal(-1, ArabicNormalizer.Search.MatchFoldedPrefix("اقرأ", "اقرا ايضا"));
    }
}
