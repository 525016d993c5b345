using Marsad.Search.Querying;
using Marsad.Search.Tests.Support;

namespace Marsad.Search.Tests.Querying;

public sealed class UserQueryParserTests
{
    [Fact]
    public void Parse_Words_MakesOneRequiredGroupEach()
    {
        var query = UserQueryParser.Parse("  النفط   بغداد ");

        Assert.Equal([Group(Word("النفط")), Group(Word("بغداد"))], query.Groups, GroupComparer.Instance);
    }

    [Fact]
    public void Parse_QuotedPhrase_KeepsItWhole()
    {
        var query = UserQueryParser.Parse("قال \"رئيس الوزراء\" أمس");

        Assert.Equal([Group(Word("قال")), Group(Phrase("رئيس الوزراء")), Group(Word("أمس"))], query.Groups, GroupComparer.Instance);
    }

    [Theory]
    [InlineData("«رئيس الوزراء»")]
    [InlineData("“رئيس الوزراء”")]
    [InlineData("\"رئيس الوزراء")]
    public void Parse_TypographicOrUnclosedQuotes_MakeAPhrase(string input)
    {
        var query = UserQueryParser.Parse(input);

        Assert.Equal([Group(Phrase("رئيس الوزراء"))], query.Groups, GroupComparer.Instance);
    }

    [Fact]
    public void Parse_LeadingMinus_ExcludesTheWordOrPhrase()
    {
        var query = UserQueryParser.Parse("النفط -الغاز -\"سعر الصرف\"");

        Assert.Equal(
            [Group(Word("النفط")), Group(true, Word("الغاز")), Group(true, Phrase("سعر الصرف"))],
            query.Groups,
            GroupComparer.Instance);
    }

    [Fact]
    public void Parse_Or_JoinsItsNeighboursIntoOneGroup()
    {
        var query = UserQueryParser.Parse("النفط OR الغاز OR \"الطاقة الشمسية\" بغداد");

        Assert.Equal(
            [Group(Word("النفط"), Word("الغاز"), Phrase("الطاقة الشمسية")), Group(Word("بغداد"))],
            query.Groups,
            GroupComparer.Instance);
    }

    [Theory]
    [InlineData("OR النفط")]
    [InlineData("النفط OR")]
    public void Parse_DanglingOr_IsIgnoredOrAWord(string input)
    {
        var query = UserQueryParser.Parse(input);

        Assert.Contains(query.Groups, g => g.Alternatives.Contains(Word("النفط")));
        Assert.True(query.Groups.Count <= 2);
    }

    [Fact]
    public void Parse_LowerCaseOr_IsAWord()
    {
        var query = UserQueryParser.Parse("war or peace");

        Assert.Equal(3, query.Groups.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("\"\"")]
    public void Parse_Nothing_IsEmpty(string? input)
    {
        Assert.True(UserQueryParser.Parse(input).IsEmpty);
    }

    private static QueryItem Word(string text) => new(text, IsPhrase: false);

    private static QueryItem Phrase(string text) => new(text, IsPhrase: true);

    private static QueryGroup Group(params QueryItem[] items) => new(items, Excluded: false);

    private static QueryGroup Group(bool excluded, params QueryItem[] items) => new(items, excluded);
}
