using Marsad.Stories.Resolution;

namespace Marsad.Stories.Tests.Resolution;

public class CorrectionsTests
{
    [Fact]
    public void Parse_ReadsEveryKindOfLine()
    {
        var corrections = Corrections.Parse(new StringReader(
            "# mine\nsame-as\tالسوداني\tمحمد شياع السوداني\nnot-same\tالصدر\tمدينة الصدر\ntype\tالحشد\tORG\nspeaker\tdoc-1\t120\tالبنتاغون\n"), "fixes.tsv");

        Assert.Single(corrections.SameAs);
        Assert.Single(corrections.NotSame);
        Assert.Equal(Marsad.Core.Analysis.EntityType.Organization, Assert.Single(corrections.Types).Type);
        Assert.Equal(new SpeakerCorrection("doc-1", 120, "البنتاغون"), Assert.Single(corrections.Speakers));
    }

    [Fact]
    public void Parse_AnUnknownLine_NamesTheFileAndLine()
    {
        var error = Assert.Throws<FormatException>(() => Corrections.Parse(new StringReader("same-as\tأ\tب\nmerge\tأ\tب\n"), "fixes.tsv"));

        Assert.StartsWith("fixes.tsv:2:", error.Message, StringComparison.Ordinal);
    }
}
