using Marsad.Core.Documents;

namespace Marsad.Cli.Output;

/// <summary>One article as <c>show</c> prints it, for a person or (as the contract names its fields) for a script.</summary>
internal static class ArticleView
{
    /// <summary>The article's fields, and its stored analysis (a contract file of one document) when there is one.</summary>
    public static object ToJson(Article article, System.Text.Json.JsonElement? analysis = null) => new
    {
        article.Id,
        article.Source,
        article.Title,
        article.Author,
        article.Outlet,
        Published = article.Published?.DateIso,
        PublishedAt = article.Published?.ToString(),
        article.Url,
        article.Text,
        Analysis = analysis,
    };

    public static void Write(TextWriter output, Article article)
    {
        output.WriteLine(article.Title ?? "(no title)");
        output.WriteLine(new string('─', Math.Clamp((article.Title ?? "").Length, 10, 80)));
        Field(output, "outlet", article.Outlet);
        Field(output, "published", article.Published?.ToString());
        Field(output, "author", article.Author);
        Field(output, "id", article.Id);
        Field(output, "source", article.Source);
        if (article.Url is { } url && url != article.Source)
        {
            Field(output, "url", url);
        }
        output.WriteLine();
        output.WriteLine(article.Text);
    }

    private static void Field(TextWriter output, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            output.WriteLine($"{name,-10} {value}");
        }
    }
}
