using Marsad.Core.Documents;

namespace Marsad.Ingest.Tests.Support;

/// <summary>Shortcuts for reading inputs in tests.</summary>
internal static class Inputs
{
    public static List<IngestItem> Read(params string[] paths) => [.. new ArticleReader().Read(paths)];

    public static List<IngestItem> Read(IngestOptions options, params string[] paths) => [.. new ArticleReader(options).Read(paths)];

    public static Article Single(params string[] paths)
    {
        var items = Read(paths);
        var item = Assert.Single(items);
        Assert.True(item.Article is not null, item.Problem?.ToString());
        return item.Article!;
    }

    public static InputProblem SingleProblem(params string[] paths)
    {
        var item = Assert.Single(Read(paths));
        Assert.Null(item.Article);
        return item.Problem!;
    }

    public static Article CleanText(string text) =>
        new ArticleCleaner().Clean(new RawDocument("page.txt", RawFormat.PlainText, text)).Article
            ?? throw new InvalidOperationException("expected an article");
}
