using System.Text;
using Marsad.Core.Documents;
using Marsad.Ingest.Tests.Support;

namespace Marsad.Ingest.Tests.Reading;

public sealed class StreamReadingTests
{
    private static List<IngestItem> ReadStdin(byte[] bytes) => [.. new ArticleReader().ReadStream(new MemoryStream(bytes), "stdin")];

    private static List<IngestItem> ReadStdin(string text) => ReadStdin(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void ReadStream_JsonLines_LocatesLinesUnderTheGivenName()
    {
        var line = ArabicSamples.JsonLine(new { title = "t", text = ArabicSamples.Body });

        var items = ReadStdin(line + "\n" + line + "\n");

        Assert.Equal(["stdin#1", "stdin#2"], items.Select(i => i.Article!.Id));
    }

    [Fact]
    public void ReadStream_PrettyPrintedJson_IsOneDocument()
    {
        var items = ReadStdin("{\n  \"title\": \"t\",\n  \"text\": \"" + ArabicSamples.Lead + "\"\n}");

        Assert.Equal("stdin", Assert.Single(items).Article!.Id);
    }

    [Fact]
    public void ReadStream_Html_IsExtracted()
    {
        var html = $"<html><head><title>{ArabicSamples.Title}</title></head><body><article><p>{ArabicSamples.Lead}</p><p>{ArabicSamples.Second}</p></article></body></html>";

        var article = Assert.Single(ReadStdin(html)).Article!;

        Assert.Equal(ArabicSamples.Title, article.Title);
        Assert.Contains(ArabicSamples.Second, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStream_PlainText_IsCleaned()
    {
        var article = Assert.Single(ReadStdin(ArabicSamples.Title + "\n" + ArabicSamples.Body)).Article!;

        Assert.Equal(ArabicSamples.Title, article.Title);
    }

    [Fact]
    public void ReadStream_Gzip_IsReadAsJsonLines()
    {
        var line = ArabicSamples.JsonLine(new { title = "t", text = ArabicSamples.Body });

        var items = ReadStdin(TempFolder.Gzip(line + "\n" + line + "\n"));

        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.NotNull(i.Article));
    }

    [Fact]
    public void ReadStream_Empty_ReportsEmptyInput()
    {
        Assert.Equal("empty input", Assert.Single(ReadStdin([])).Problem!.Reason);
    }
}
