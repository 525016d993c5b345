using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Core.Analysis;
using Marsad.Core.Stories;
using Marsad.Stories.Resolution;
using Marsad.Text.Names;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad why NAME-OR-ID [PATH...]</c>: why the articles' names were taken for one actor, and which look-alikes were kept apart.</summary>
internal static class WhyCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("NAME-OR-ID") { Description = "An actor's id (e7) or any of its names (السوداني, البنتاغون)." };
        var reading = new ReadingOptions();
        reading.Paths.Arity = ArgumentArity.ZeroOrMore;
        reading.Paths.Description = "Articles to read (as analyze reads them); without any, every analysed article of the store (--db).";
        var story = new StoryArguments();
        var command = new Command("why",
            "Explain an actor: every name the articles use for it, the articles that name it, the roles they give it with " +
            "their years, the evidence for each merge (same name, spelling, alias table, short form, your corrections), " +
            "and the look-alikes kept apart.\n" +
            "Examples:\n" +
            "  marsad why السوداني ./articles\n" +
            "  marsad --db news.db why البنتاغون");
        command.Add(name);
        reading.AddTo(command);
        story.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (resolution, articles) = await StoryInput.ActorsAsync(console, parse, parse.GetValue(reading.Paths) ?? [], reading.CreateOptions(parse), story.Read(parse), cancellationToken);
            string query = parse.GetValue(name)!;
            IReadOnlyList<ResolvedEntity> found = resolution.Find(query);
            if (found.Count == 0)
            {
                console.Error.WriteLine($"marsad: no actor named '{query}' in {articles} articles");
                return ExitCodes.SomeFailed;
            }
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(console.Out, found.Select(e => new
                {
                    e.Id, e.Name, Type = e.Type.ToContract(), e.Aliases, e.Documents, e.Roles, Merges = e.Evidence,
                    KeptApart = LookAlikes(resolution, e).Select(o => new { o.Id, o.Name, Type = o.Type.ToContract(), Reason = Reason(e, o) }),
                }));
                return ExitCodes.Ok;
            }
            foreach (ResolvedEntity entity in found)
            {
                Write(console.Out, resolution, entity);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter output, EntityResolution resolution, ResolvedEntity entity)
    {
        output.WriteLine($"{entity.Id} {entity.Name} ({entity.Type.ToContract()}) — named in {entity.Documents.Count} article{(entity.Documents.Count == 1 ? "" : "s")}");
        if (entity.Aliases.Count > 0)
        {
            output.WriteLine($"  also: {string.Join(" · ", entity.Aliases)}");
        }
        output.WriteLine($"  articles: {string.Join(", ", entity.Documents.Take(10))}{(entity.Documents.Count > 10 ? $" … (+{entity.Documents.Count - 10})" : "")}");
        if (entity.Roles.Count > 0)
        {
            // With their years: one office, many holders over time.
            output.WriteLine($"  roles: {string.Join(" · ", entity.Roles.Take(5))}{(entity.Roles.Count > 5 ? $" … (+{entity.Roles.Count - 5})" : "")}");
        }
        if (entity.Evidence.Count == 0)
        {
            output.WriteLine("  one name, no merge to explain");
        }
        else
        {
            output.WriteLine("  why these are one actor:");
            foreach (MergeEvidence merge in entity.Evidence)
            {
                output.WriteLine($"    {merge.Rule}: {merge.Name} = {merge.OtherName} — {merge.Detail}");
            }
        }
        var apart = LookAlikes(resolution, entity).ToList();
        if (apart.Count > 0)
        {
            output.WriteLine("  kept apart:");
            foreach (ResolvedEntity other in apart.Take(10))
            {
                output.WriteLine($"    {other.Id} {other.Name} ({other.Type.ToContract()}) — {Reason(entity, other)}");
            }
        }
        output.WriteLine();
    }

    /// <summary>Other actors whose names share a word with this one's (after spelling folds).</summary>
    private static IEnumerable<ResolvedEntity> LookAlikes(EntityResolution resolution, ResolvedEntity entity)
    {
        var words = new HashSet<string>(entity.Aliases.Prepend(entity.Name).SelectMany(n => NameForm.Of(n).Words).Where(w => w.Length > 2), StringComparer.Ordinal);
        return resolution.Entities.AsParallel().AsOrdered()
            .Where(o => o.Id != entity.Id && o.Aliases.Prepend(o.Name).SelectMany(n => NameForm.Of(n).Words).Any(words.Contains));
    }

    private static string Reason(ResolvedEntity entity, ResolvedEntity other)
    {
        if (other.Type != entity.Type)
        {
            return "another type of actor";
        }
        string[] mine = NameForm.Of(entity.Name).Words, theirs = NameForm.Of(other.Name).Words;
        return theirs.Length < mine.Length && NameShortening.Shortens(theirs, mine, entity.Type)
            ? "a short form that fits more than one full name, or that a correction keeps apart"
            : "another full name";
    }
}
