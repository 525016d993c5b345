using System.Text;
using Marsad.Ingest.Reading;

namespace Marsad.Ingest.Tests.Reading;

public sealed class BoundedLineReaderTests
{
    private static List<(LineStatus Status, string Text)> ReadAll(string text, int max)
    {
        var reader = new BoundedLineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), max);
        var lines = new List<(LineStatus, string)>();
        for (var line = reader.Next(); line.Status != LineStatus.End; line = reader.Next())
        {
            lines.Add((line.Status, Encoding.UTF8.GetString(line.Bytes.Span)));
        }
        return lines;
    }

    [Fact]
    public void Next_CrLfAndMissingFinalNewline_YieldsCleanLines()
    {
        var lines = ReadAll("one\r\ntwo\nthree", 100);

        Assert.Equal(["one", "two", "three"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Next_LineLongerThanLimit_IsSkippedAndTheNextLineRead()
    {
        var lines = ReadAll("short\n" + new string('x', 300_000) + "\nafter\n", 1000);

        Assert.Equal([LineStatus.Line, LineStatus.TooLong, LineStatus.Line], lines.Select(l => l.Status));
        Assert.Equal("after", lines[2].Text);
    }

    [Fact]
    public void Next_LinesLongerThanTheInitialBuffer_AreReadWhole()
    {
        var longLine = new string('y', 200_000);

        var lines = ReadAll(longLine + "\nz\n", 1_000_000);

        Assert.Equal(longLine, lines[0].Text);
        Assert.Equal("z", lines[1].Text);
    }
}
