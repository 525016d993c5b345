using Marsad.Stories.Resolution;

namespace Marsad.Stories.Tests.Resolution;

public class AliasTableTests
{
    [Fact]
    public void Load_ShippedTable_KnowsTheCommonMetonyms()
    {
        var table = AliasTable.Load();

        Assert.True(table.TryFind("البنتاغون", out var pentagon));
        Assert.Equal("وزارة الدفاع الأمريكية", pentagon.Name);
        Assert.True(table.TryFind("أميركا", out var us));
        Assert.Equal("الولايات المتحدة", us.Name);
    }

    [Fact]
    public void Load_AUsersFile_ExtendsTheShippedTable()
    {
        string path = Path.Combine(Path.GetTempPath(), "marsad-aliases-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(path, "# local names\nORG\tالإطار التنسيقي\tقوى الإطار التنسيقي\n");
        try
        {
            var table = AliasTable.Load([path]);

            Assert.True(table.TryFind("قوى الاطار التنسيقي", out var group));
            Assert.Equal("الإطار التنسيقي", group.Name);
            Assert.True(table.TryFind("داعش", out _));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_ALineWithOneName_NamesTheFileAndLine()
    {
        var error = Assert.Throws<FormatException>(() => AliasTable.Parse("ORG\tحماس\tحركة حماس\nORG\tوحيد\n", "mine.tsv"));

        Assert.StartsWith("mine.tsv:2:", error.Message, StringComparison.Ordinal);
    }
}
