using System.CommandLine;
using System.Text.Json;
using Marsad.Cli.Output;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad show ID</c>: one stored article, whole.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The article's id, as search and list print it." };
        var command = new Command("show",
            "Show one stored article: its title, outlet, date, author, source and cleaned text, and, when it was analysed\n" +
            "(marsad --db STORE analyze ...), its people, organisations, places, dates, counts and quotes.\n" +
            "Example: marsad show wire-2025-06-15-001")
        {
            id,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var key = parse.GetValue(id)!;
            await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
            var article = await collection.GetAsync(key, cancellationToken);
            if (article is null)
            {
                console.Error.WriteLine($"marsad: no article with id '{key}'");
                return ExitCodes.SomeFailed;
            }
            var analysis = await collection.GetAnalysisAsync(key, cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                using var stored = analysis is null ? null : JsonDocument.Parse(analysis.Json);
                Json.Write(console.Out, ArticleView.ToJson(article, stored?.RootElement));
                return ExitCodes.Ok;
            }
            ArticleView.Write(console.Out, article);
            if (analysis is not null)
            {
                using var stored = JsonDocument.Parse(analysis.Json);
                console.Out.WriteLine();
                console.Out.WriteLine($"analysis ({analysis.Generator}):");
                AnalysisView.WriteDocument(console.Out, stored.RootElement.GetProperty("documents")[0], AnalysisView.EntitiesById(stored.RootElement));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
