using Marsad.Training.Dates.Evaluation;

namespace Marsad.Training.Tests.Dates.Evaluation;

public sealed class TimeMlReaderTests
{
    private const string Sample =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>\n\uFEFFقال &amp; أكد " +
        "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2015-12-23\">أمس</TIMEX3> إن <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2003\" mod=\"END\">نهاية 2003</TIMEX3>" +
        " &lt;كانت&gt; <TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P2Y\">عامين</TIMEX3>\n</TimeML>\n";

    [Fact]
    public void Parse_StripsTagsBomAndEntities_AndKeepsGoldSpans()
    {
        TimeMlDocument document = TimeMlReader.Parse("sample.tml", Sample);

        Assert.DoesNotContain('\uFEFF', document.Text);
        Assert.DoesNotContain('<', document.Text.Replace("<كانت>", "", StringComparison.Ordinal));
        Assert.Contains("قال & أكد أمس إن نهاية 2003 <كانت> عامين", document.Text, StringComparison.Ordinal);
        Assert.Equal(["أمس", "نهاية 2003", "عامين"], document.Timexes.Select(t => t.Text));
        Assert.All(document.Timexes, t => Assert.Equal(t.Text, document.Text.Substring(t.Start, t.End - t.Start)));
        Assert.Equal("END", document.Timexes[1].Mod);
        Assert.Equal("DURATION", document.Timexes[2].Type);
    }

    [Fact]
    public void Timex_CalendarAndYearNamed_AreTellApart()
    {
        TimeMlDocument document = TimeMlReader.Parse("sample.tml", Sample);

        Assert.Equal([true, true, false], document.Timexes.Select(t => t.IsCalendarDate));
        Assert.Equal([false, true, false], document.Timexes.Select(t => t.NamesYear));
    }

    [SharedFact("data/timeml-ar")]
    public void ReadFolder_SharedCorpus_ReadsEveryFileWithSpansMatchingText()
    {
        IReadOnlyList<TimeMlDocument> documents = TimeMlReader.ReadFolder(SharedInput.PathOf("data/timeml-ar"));

        Assert.NotEmpty(documents);
        Assert.All(documents.SelectMany(d => d.Timexes.Select(t => (d, t))),
            p => Assert.Equal(p.t.Text, p.d.Text.Substring(p.t.Start, p.t.End - p.t.Start)));
    }
}
