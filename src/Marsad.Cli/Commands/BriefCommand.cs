using System.CommandLine;
using System.Text;
using Marsad.App;
using Marsad.Cli.Output;
using Marsad.Core.Contract;
using Marsad.Core.Stories;
using Marsad.Stories;
using Marsad.Stories.Briefing;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad brief PATH... --format md|html --out FILE</c>: the story as a dossier an editor reads in five minutes.</summary>
internal static class BriefCommand
{
    public static Command Create(CliConsole console)
    {
        var reading = new ReadingOptions();
        reading.Paths.Arity = ArgumentArity.ZeroOrMore;
        reading.Paths.Description = "Articles to read (as analyze reads them); without any, every analysed article of the store (--db).";
        var story = new StoryArguments();
        var format = new Option<string>("--format")
        {
            Description = "md (Markdown, default) or html (one self-contained right-to-left page with a drawn timeline).",
            DefaultValueFactory = _ => "md",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong("md", "html");
        var output = new Option<string?>("--out", "-o") { Description = "Write the briefing here (default: standard output).", HelpName = "FILE" };
        var only = new Option<string?>("--story")
        {
            Description = "Brief one story only: its id (s1, s2 … as 'analyze --out' lists them in \"stories\") or a word of its title.",
            HelpName = "ID",
        };
        var command = new Command("brief",
            "Write a briefing on the story the articles tell: a cited summary, the actors and their positions with quotes, " +
            "the timeline, the numbers and where the sources disagree, and the sources. Every statement carries [n], " +
            "the sentence it rests on.\n" +
            "Examples:\n" +
            "  marsad brief ./articles --format html --out brief.html\n" +
            "  marsad --db news.db brief --question \"انسحاب القوات الأميركية من العراق\"");
        reading.AddTo(command);
        story.AddTo(command);
        command.Add(format);
        command.Add(output);
        command.Add(only);
        command.SetAction(async (parse, cancellationToken) =>
        {
            string? path = parse.GetValue(output);
            if (path is not null && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
            {
                throw new UsageException($"--out '{path}': the folder {folder} does not exist.");
            }
            StoryOptions options = story.Read(parse);
            string? wanted = parse.GetValue(only) is { Length: > 0 } w ? w : null;
            string[] paths = parse.GetValue(reading.Paths) ?? [];
            StoryAnalysis? analysis = paths.Length > 0
                ? await FromPathsAsync(console, paths, reading.CreateOptions(parse), options, wanted, cancellationToken)
                : await FromStoreAsync(console, parse, options, wanted, cancellationToken);
            if (analysis is null)
            {
                return ExitCodes.SomeFailed;
            }
            Brief brief = BriefBuilder.Build(analysis);
            bool html = parse.GetValue(format) == "html";
            void Render(TextWriter writer)
            {
                if (html)
                {
                    HtmlBriefWriter.Write(writer, brief);
                }
                else
                {
                    MarkdownBriefWriter.Write(writer, brief);
                }
            }
            if (path is null)
            {
                Render(console.Out);
            }
            else
            {
                AtomicFile.Write(path, stream =>
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                    Render(writer);
                    return path;
                });
                console.Out.WriteLine($"briefing written: {path} ({brief.Articles} articles, {brief.Actors.Count} actors, {brief.Timeline.Count} events, {brief.Conflicts.Count} disagreements, {brief.Citations.Count} citations)");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The story of the articles at <paramref name="paths"/>, or of the one story of them <paramref name="wanted"/> names; null (told) when none is.</summary>
    private static async Task<StoryAnalysis?> FromPathsAsync(CliConsole console, string[] paths, Ingest.IngestOptions reading, StoryOptions options, string? wanted, CancellationToken cancellationToken)
    {
        var digests = await StoryInput.DigestsAsync(console, paths, reading, cancellationToken);
        var builder = new StoryBuilder(options);
        StoryAnalysis analysis = builder.Build(digests);
        if (wanted is null)
        {
            return analysis;
        }
        if (Choose(console, analysis.Stories, wanted) is not { } chosen)
        {
            return null;
        }
        var members = chosen.Documents.ToHashSet(StringComparer.Ordinal);
        // The same builder: what it read from each member's body and names is not read again
        // (readings tied to a document's place in the collection are, as the places change).
        return builder.Build([.. digests.Where(a => members.Contains(a.Article.Id))]);
    }

    /// <summary>
    /// The store's story (kept by the store), or one story of it: found in the kept stories, then
    /// built from its members' digests alone, as a brief of those articles would be.
    /// </summary>
    private static async Task<StoryAnalysis?> FromStoreAsync(CliConsole console, ParseResult parse, StoryOptions options, string? wanted, CancellationToken cancellationToken)
    {
        await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
        if (wanted is null)
        {
            StoryAnalysis whole = await StoredStory.AnalysisAsync(collection, options, StoryInput.LeftOut(console), cancellationToken);
            StoryInput.NotEmpty(collection, whole.Documents.Count);
            return whole;
        }
        StorySnapshot stories = await StoredStory.ReadAsync(collection, options, [StorySnapshotJson.Stories], StoryInput.LeftOut(console), cancellationToken);
        StoryInput.NotEmpty(collection, stories.Documents.Count);
        if (Choose(console, stories.Stories, wanted) is not { } chosen)
        {
            return null;
        }
        var members = await StorySource.FromStoreAsync(collection, chosen.Documents, StoryInput.LeftOut(console), cancellationToken);
        return new StoryBuilder(options).Build(members);
    }

    /// <summary>The story <paramref name="wanted"/> names: its id, else the largest whose title holds it; null (told, with the largest) when none.</summary>
    private static StoryCluster? Choose(CliConsole console, IReadOnlyList<StoryCluster> stories, string wanted)
    {
        StoryCluster? chosen = stories.FirstOrDefault(s => string.Equals(s.Id, wanted, StringComparison.Ordinal))
            ?? stories.Where(s => s.Title.Contains(wanted, StringComparison.Ordinal)).OrderByDescending(s => s.Documents.Count).FirstOrDefault();
        if (chosen is null)
        {
            console.Error.WriteLine($"marsad: no story '{wanted}'; the largest: " +
                string.Join(" · ", stories.OrderByDescending(s => s.Documents.Count).Take(5).Select(s => $"{s.Id} {s.Title} ({s.Documents.Count})")));
        }
        return chosen;
    }
}
