using System.Text;
using Marsad.Ingest.Tests.Support;

namespace Marsad.Ingest.Tests.Reading;

public sealed class JsonLinesReadingTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Line(int n) => ArabicSamples.JsonLine(new { title = ArabicSamples.Title + " " + n, text = ArabicSamples.Body });

    [Fact]
    public void Read_JsonLines_UsesPathAndLineAsIdentityWhenThereIsNoIdOrUrl()
    {
        var path = folder.Write("news.jsonl", Line(1) + "\n\n" + Line(2) + "\n");

        var items = Inputs.Read(path);

        Assert.Equal([path + "#1", path + "#3"], items.Select(i => i.Article!.Id));
        Assert.Equal(path + "#3", items[1].Article!.Source);
    }

    [Fact]
    public void Read_IdThenUrl_DecideIdentityAndUrlDecidesSource()
    {
        var withId = ArabicSamples.JsonLine(new { id = "A-1", url = "https://aawsat.com/a/1", title = "t", text = ArabicSamples.Body });
        var withUrl = ArabicSamples.JsonLine(new { url = "https://aawsat.com/a/2", title = "t", text = ArabicSamples.Body });
        var path = folder.Write("news.jsonl", withId + "\n" + withUrl);

        var items = Inputs.Read(path);

        Assert.Equal("A-1", items[0].Article!.Id);
        Assert.Equal("https://aawsat.com/a/1", items[0].Article!.Source);
        Assert.Equal("https://aawsat.com/a/2", items[1].Article!.Id);
    }

    [Fact]
    public void Read_FieldAliases_AreAccepted()
    {
        var path = folder.Write("news.jsonl", ArabicSamples.JsonLine(new
        {
            headline = ArabicSamples.Title,
            content = ArabicSamples.Body,
            link = "https://www.alarabiya.net/x",
            date = "2018-02-18",
            authors = new[] { "سارة علي", "محمد حسن" },
            source = "العربية.نت",
        }));

        var article = Inputs.Single(path);

        Assert.Equal(ArabicSamples.Title, article.Title);
        Assert.Equal("العربية", article.Outlet);
        Assert.Equal("سارة علي، محمد حسن", article.Author);
        Assert.Equal(new DateOnly(2018, 2, 18), article.Published!.Value.Date);
    }

    [Fact]
    public void Read_PublishedWithOffset_KeepsTheZoneAndDatesInIt()
    {
        var path = folder.Write("news.jsonl", ArabicSamples.JsonLine(new { title = "t", text = ArabicSamples.Body, published = "2024-01-13T01:30:00+03:00" }));

        var published = Inputs.Single(path).Published!.Value;

        Assert.Equal(new DateOnly(2024, 1, 13), published.Date);
        Assert.Equal(TimeSpan.FromHours(3), published.Instant!.Value.Offset);
    }

    [Fact]
    public void Read_LineThatIsNotJson_ReportsLineAndGoesOn()
    {
        var path = folder.Write("news.jsonl", Line(1) + "\n{\"title\": oops}\n" + Line(3));

        var items = Inputs.Read(path);

        Assert.Equal(3, items.Count);
        Assert.Equal(path + "#2", items[1].Problem!.Location);
        Assert.StartsWith("not JSON (", items[1].Problem!.Reason, StringComparison.Ordinal);
        Assert.NotNull(items[2].Article);
    }

    [Fact]
    public void Read_LineWithInvalidUtf8_ReportsThatLineOnly()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(Line(1) + "\n"));
        bytes.AddRange([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}', (byte)'\n']);
        bytes.AddRange(Encoding.UTF8.GetBytes(Line(3)));
        var path = folder.WriteBytes("news.jsonl", [.. bytes]);

        var items = Inputs.Read(path);

        Assert.Equal("not valid UTF-8", items[1].Problem!.Reason);
        Assert.Equal(path + "#2", items[1].Problem!.Location);
        Assert.NotNull(items[2].Article);
    }

    [Fact]
    public void Read_LineOverTheSizeLimit_IsSkippedWithoutStoppingTheFile()
    {
        var huge = ArabicSamples.JsonLine(new { title = "t", text = string.Concat(Enumerable.Repeat(ArabicSamples.Lead, 400)) });
        var path = folder.Write("news.jsonl", Line(1) + "\n" + huge + "\n" + Line(3) + "\n");

        var items = Inputs.Read(IngestOptions.Default with { MaxArticleBytes = 8 * 1024 }, path);

        Assert.Equal(3, items.Count);
        Assert.Equal(path + "#2", items[1].Problem!.Location);
        Assert.Equal("line is over the 8 KB article size limit", items[1].Problem!.Reason);
        Assert.Equal(path + "#3", items[2].Article!.Id);
    }

    [Fact]
    public void Read_ObjectWithoutText_ReportsMissingText()
    {
        var path = folder.Write("news.jsonl", "{\"title\": \"عنوان\"}\n[1, 2]\n");

        var items = Inputs.Read(path);

        Assert.StartsWith("no article text", items[0].Problem!.Reason, StringComparison.Ordinal);
        Assert.Equal("an array where a JSON article object was expected", items[1].Problem!.Reason);
    }

    [Fact]
    public void Read_Gzip_StreamsEveryLine()
    {
        var path = folder.WriteGzip("news.jsonl.gz", string.Join('\n', Enumerable.Range(1, 200).Select(Line)) + "\n");

        var items = Inputs.Read(path);

        Assert.Equal(200, items.Count);
        Assert.All(items, item => Assert.NotNull(item.Article));
        Assert.Equal(path + "#200", items[^1].Article!.Id);
    }

    [Fact]
    public void Read_TruncatedGzip_YieldsLinesBeforeTheCutThenOneProblem()
    {
        var text = string.Join('\n', Enumerable.Range(1, 2000).Select(Line)) + "\n";
        var whole = TempFolder.Gzip(text);
        var path = folder.WriteBytes("cut.jsonl.gz", whole[..(whole.Length / 2)]);

        var items = Inputs.Read(path);

        var problem = Assert.Single(items, i => i.Problem is not null).Problem!;
        Assert.Equal(path, problem.Location);
        Assert.Matches("^truncated gzip after line [0-9]+$", problem.Reason);
        Assert.Same(problem, items[^1].Problem);
        var articles = items.Count - 1;
        Assert.InRange(articles, 1, 1999);
        Assert.Equal($"truncated gzip after line {articles}", problem.Reason);
    }

    [Fact]
    public void Read_GzipThatIsNotGzip_ReportsIt()
    {
        var path = folder.Write("fake.jsonl.gz", Line(1));

        var problem = Inputs.SingleProblem(path);

        Assert.Equal("not a gzip file, or corrupt gzip", problem.Reason);
    }

    [Fact]
    public void Read_EmptyJsonLines_ReportsEmptyFile()
    {
        var path = folder.Write("empty.jsonl", "\n\n");

        Assert.Equal("empty file", Inputs.SingleProblem(path).Reason);
    }

    [Fact]
    public void Read_AuthorThatIsAnIdOrALink_IsDropped()
    {
        var path = folder.Write("news.jsonl",
            ArabicSamples.JsonLine(new { title = "t", text = ArabicSamples.Body, author = "ff9334bc-b887-47c8-bded-8dcfe3ac701d" }) + "\n" +
            ArabicSamples.JsonLine(new { title = "t", text = ArabicSamples.Body, author = "https://example.org/authors/7" }) + "\n" +
            ArabicSamples.JsonLine(new { id = 42, title = "t", text = ArabicSamples.Body, author = " دبي - العربية.نت " }));

        var items = Inputs.Read(path);

        Assert.Null(items[0].Article!.Author);
        Assert.Null(items[1].Article!.Author);
        Assert.Equal("دبي - العربية.نت", items[2].Article!.Author);
        Assert.Equal("42", items[2].Article!.Id);
    }

    [Fact]
    public void Clean_ReadProblem_PassesThroughUnchanged()
    {
        var item = new ArticleCleaner().Clean(RawItem.Failed("a.jsonl#4", "not valid UTF-8"));

        Assert.Equal("a.jsonl#4: not valid UTF-8", item.Problem!.ToString());
    }
}
