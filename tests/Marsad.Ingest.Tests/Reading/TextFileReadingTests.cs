using System.Text;
using Marsad.Ingest.Tests.Support;

namespace Marsad.Ingest.Tests.Reading;

public sealed class TextFileReadingTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Read_Utf8Text_YieldsArticleWithPathAsIdentity()
    {
        var path = folder.Write("a.txt", ArabicSamples.Title + "\n" + ArabicSamples.Body);

        var article = Inputs.Single(path);

        Assert.Equal(path, article.Id);
        Assert.Equal(path, article.Source);
        Assert.Equal(ArabicSamples.Title, article.Title);
        Assert.StartsWith(ArabicSamples.Lead, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ATextOfOneLine_IsAnArticleWithoutATitle()
    {
        const string line = "افتتح وزير الثقافة معرض الكتاب في دورته الجديدة بمشاركة واسعة من دور النشر العربية.";
        var path = folder.Write("flash.txt", line);

        var article = Inputs.Single(path);

        Assert.Null(article.Title);
        Assert.Equal(line, article.Text);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8-bom")]
    public void Read_TextWithByteOrderMark_DecodesIt(string encodingName)
    {
        var text = ArabicSamples.Title + "\n" + ArabicSamples.Body;
        Encoding encoding = encodingName == "utf-8-bom" ? new UTF8Encoding(true) : Encoding.GetEncoding(encodingName);
        var path = folder.WriteBytes("a.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var article = Inputs.Single(path);

        Assert.Equal(ArabicSamples.Title, article.Title);
        Assert.Contains(ArabicSamples.Second, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf16WithoutByteOrderMark_DetectsIt()
    {
        var path = folder.WriteBytes("a.txt", Encoding.Unicode.GetBytes(ArabicSamples.Title + "\n" + ArabicSamples.Body));

        var article = Inputs.Single(path);

        Assert.Equal(ArabicSamples.Title, article.Title);
    }

    [Fact]
    public void Read_Windows1256Text_DetectsAndDecodesIt()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = folder.WriteBytes("legacy.txt", Encoding.GetEncoding(1256).GetBytes(ArabicSamples.Title + "\r\n" + ArabicSamples.Body));

        var article = Inputs.Single(path);

        Assert.Equal(ArabicSamples.Title, article.Title);
        Assert.Contains(ArabicSamples.Third, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n ")]
    public void Read_EmptyFile_ReportsEmptyFile(string content)
    {
        var path = folder.Write("empty.txt", content);

        var problem = Inputs.SingleProblem(path);

        Assert.Equal(path, problem.Location);
        Assert.Equal("empty file", problem.Reason);
    }

    [Fact]
    public void Read_BinaryFile_ReportsBinary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var path = folder.WriteBytes("image.txt", bytes);

        var problem = Inputs.SingleProblem(path);

        Assert.Equal("binary file", problem.Reason);
    }

    [Fact]
    public void Read_Utf8WithACorruptByte_ReportsInvalidUtf8InsteadOfMojibake()
    {
        var bytes = Encoding.UTF8.GetBytes(ArabicSamples.Title + "\n" + ArabicSamples.Body);
        bytes[20] = 0xFF;
        var path = folder.WriteBytes("broken.txt", bytes);

        var problem = Inputs.SingleProblem(path);

        Assert.StartsWith("not valid UTF-8", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LatinBytesThatAreNeitherUtf8NorArabic_ReportsBothEncodingsFailed()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, \u00e0 la fran\u00e7aise, d\u00e9j\u00e0 vu.");
        var path = folder.WriteBytes("latin.txt", bytes);

        var problem = Inputs.SingleProblem(path);

        Assert.Equal("not valid UTF-8 and not windows-1256 Arabic", problem.Reason);
    }

    [Fact]
    public void Read_TextWithoutArabic_ReportsNoArabicText()
    {
        var path = folder.Write("english.txt", "Minister announces farm plan\nThe ministry of agriculture announced a new plan today to support farmers in the southern provinces with seeds and loans.");

        var problem = Inputs.SingleProblem(path);

        Assert.Equal("no Arabic text", problem.Reason);
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_ReportsItAndGoesOn()
    {
        var big = folder.Write("big.txt", ArabicSamples.Title + "\n" + string.Join('\n', Enumerable.Repeat(ArabicSamples.Lead, 50)));
        var small = folder.Write("small.txt", ArabicSamples.Title + "\n" + ArabicSamples.Lead);

        var items = Inputs.Read(IngestOptions.Default with { MaxArticleBytes = 2048 }, big, small);

        Assert.Equal(2, items.Count);
        Assert.Equal(big, items[0].Problem!.Location);
        Assert.Contains("over the 2 KB article size limit", items[0].Problem!.Reason, StringComparison.Ordinal);
        Assert.NotNull(items[1].Article);
    }

    [Fact]
    public void Read_ExplicitFileOfUnknownType_ReportsIt()
    {
        var path = folder.Write("notes.docx", "x");

        var problem = Inputs.SingleProblem(path);

        Assert.StartsWith("unknown file type \".docx\"", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingPath_ReportsNoSuchFile()
    {
        var problem = Inputs.SingleProblem(Path.Combine(folder.Path, "nope.txt"));

        Assert.Equal("no such file or folder", problem.Reason);
    }

    [Fact]
    public void Read_Folder_ReadsRecursivelyInOrdinalOrderAndCountsSkippedFiles()
    {
        folder.Write("b.txt", ArabicSamples.Title + "\n" + ArabicSamples.Lead);
        folder.Write("sub/a.txt", ArabicSamples.Title + "\n" + ArabicSamples.Second);
        folder.Write("a.txt", ArabicSamples.Title + "\n" + ArabicSamples.Third);
        folder.Write("photo.jpg", "not an article");
        folder.Write(".hidden/c.txt", ArabicSamples.Title + "\n" + ArabicSamples.Lead);
        var tally = new ReadTally();

        var items = new ArticleReader().Read([folder.Path], tally).ToList();

        var names = items.Select(i => Path.GetRelativePath(folder.Path, i.Article!.Id).Replace('\\', '/')).ToList();
        Assert.Equal(["a.txt", "b.txt", "sub/a.txt"], names);
        Assert.Equal(3, tally.FilesRead);
        Assert.Equal(1, tally.FilesSkipped);
    }
}
