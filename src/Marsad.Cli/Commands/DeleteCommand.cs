using System.CommandLine;
using Marsad.Cli.Output;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad delete ID...</c>: remove articles from the store and the search index.</summary>
internal static class DeleteCommand
{
    public static Command Create(CliConsole console)
    {
        var ids = new Argument<string[]>("ID") { Description = "Ids of the articles to remove.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("delete", "Remove articles from the store and from search.\nExample: marsad delete wire-2025-06-15-001")
        {
            ids,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
            var deleted = new List<string>();
            var missing = new List<string>();
            foreach (var id in parse.GetValue(ids)!)
            {
                (await collection.DeleteAsync(id, cancellationToken) ? deleted : missing).Add(id);
            }
            await collection.FlushAsync(cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(console.Out, new { Deleted = deleted, NotFound = missing });
            }
            else
            {
                foreach (var id in deleted)
                {
                    console.Out.WriteLine($"deleted {id}");
                }
                foreach (var id in missing)
                {
                    console.Error.WriteLine($"marsad: no article with id '{id}'");
                }
            }
            return missing.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }
}
