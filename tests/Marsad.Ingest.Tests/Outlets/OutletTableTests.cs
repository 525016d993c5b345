using Marsad.Ingest.Outlets;

namespace Marsad.Ingest.Tests.Outlets;

public sealed class OutletTableTests
{
    private static readonly OutletTable Table = OutletTable.Default;

    [Theory]
    [InlineData("aawsat")]
    [InlineData("aawsat.com")]
    [InlineData("الشرق الأوسط")]
    [InlineData("الشرق الاوسط")]
    [InlineData(" Asharq Al-Awsat ")]
    public void Normalize_AnyNameOfAnOutlet_GivesItsOneName(string name)
    {
        Assert.Equal("الشرق الأوسط", Table.Normalize(name, null));
    }

    [Theory]
    [InlineData("http://www.bbc.co.uk/arabic/world-43112233", "بي بي سي عربي")]
    [InlineData("https://www.bbc.com/arabic/articles/c1", "بي بي سي عربي")]
    [InlineData("https://arabic.cnn.com/middle-east/article/2018/02/18/x", "سي إن إن بالعربية")]
    [InlineData("http://www.al-jazirah.com/2015/20150721/x.htm", "صحيفة الجزيرة")]
    [InlineData("https://www.aljazeera.net/news/2024/1/28/x", "الجزيرة")]
    [InlineData("https://m.skynewsarabia.com/world/1", "سكاي نيوز عربية")]
    public void Normalize_UrlOnly_GivesTheOutletOfItsSite(string url, string expected)
    {
        Assert.Equal(expected, Table.Normalize(null, url));
    }

    [Fact]
    public void Normalize_CorporaOutletNames_MapToDistinctOutlets()
    {
        string[] saudi = ["alriyadh", "aljazirah", "alyaum", "aleqtisadiya", "aawsat", "okaz", "alwatan", "almadina", "alweeam", "3alyoum", "sabq", "was", "arreyadi", "arriyadiyah"];

        var names = saudi.Select(s => Table.Normalize(s, null)).ToList();

        Assert.Equal(saudi.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Contains(n!, Table.Names));
    }

    [Fact]
    public void Normalize_UnknownName_IsKeptTrimmed()
    {
        Assert.Equal("صحيفة المثال", Table.Normalize("  صحيفة المثال ", "https://unknown.example/x"));
    }

    [Fact]
    public void Normalize_UnknownNameWithKnownUrl_PrefersTheTableName()
    {
        Assert.Equal("العربية", Table.Normalize("Alarabiya English desk", "https://www.alarabiya.net/x"));
    }

    [Fact]
    public void Normalize_NothingKnown_IsNull()
    {
        Assert.Null(Table.Normalize(null, "https://unknown.example/x"));
        Assert.Null(Table.Normalize(" ", null));
    }

    [Fact]
    public void Parse_UserTable_ExtendsAndOverridesTheDefault()
    {
        using var user = new StringReader("# my outlets\nالمثال\texample.org\tMithal\nالعربية الجديدة\talarabiya\n");

        var table = OutletTable.Parse(user, OutletTable.Default);

        Assert.Equal("المثال", table.Normalize(null, "https://news.example.org/a"));
        Assert.Equal("المثال", table.Normalize("mithal", null));
        Assert.Equal("العربية الجديدة", table.Normalize("alarabiya", null));
        Assert.Equal("العربية", table.Normalize(null, "https://www.alarabiya.net/x"));
        Assert.Equal("العربية", OutletTable.Default.Normalize("alarabiya", null));
    }
}
