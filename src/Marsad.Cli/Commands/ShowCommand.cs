using System.CommandLine;
using Marsad.Cli.Output;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad show ID</c>: one stored article, whole.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The article's id, as search and list print it." };
        var command = new Command("show",
            "Show one stored article: its title, outlet, date, author, source and cleaned text.\n" +
            "Example: marsad show wire-2025-06-15-001")
        {
            id,
        };
        command.SetAction(parse =>
        {
            var key = parse.GetValue(id)!;
            using var collection = StoreOpener.Open(parse);
            var article = collection.Get(key);
            if (article is null)
            {
                console.Error.WriteLine($"marsad: no article with id '{key}'");
                return ExitCodes.SomeFailed;
            }
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(console.Out, ArticleView.ToJson(article));
                return ExitCodes.Ok;
            }
            ArticleView.Write(console.Out, article);
            return ExitCodes.Ok;
        });
        return command;
    }
}
