using Marsad.Ingest.Tests.Support;

namespace Marsad.Ingest.Tests.Reading;

public sealed class JsonDocumentReadingTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Read_SingleObject_UsesThePathAsIdentity()
    {
        var path = folder.Write("one.json", ArabicSamples.JsonLine(new { title = ArabicSamples.Title, body = ArabicSamples.Body }));

        var article = Inputs.Single(path);

        Assert.Equal(path, article.Id);
        Assert.Equal(ArabicSamples.Title, article.Title);
    }

    [Fact]
    public void Read_ArrayOfObjects_LocatesEachByItsPosition()
    {
        var one = ArabicSamples.JsonLine(new { title = "أ", text = ArabicSamples.Body });
        var path = folder.Write("many.json", $"[{one}, 42, {one}]");

        var items = Inputs.Read(path);

        Assert.Equal(path + "#1", items[0].Article!.Id);
        Assert.Equal(path + "#2", items[1].Problem!.Location);
        Assert.Equal(path + "#3", items[2].Article!.Id);
    }

    [Fact]
    public void Read_FileThatIsNotJson_ReportsIt()
    {
        var path = folder.Write("bad.json", "{\"title\": \"x\", ");

        Assert.StartsWith("not JSON (", Inputs.SingleProblem(path).Reason, StringComparison.Ordinal);
    }
}
