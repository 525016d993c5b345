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
        var onlyThread = new Option<string?>("--thread")
        {
            Description = "Brief one thread (a developing story over months or years): its id (t1, t2 … as 'analyze --out' lists them in \"threads\"), a word of its title or a central actor's name.",
            HelpName = "ID",
        };
        var all = new Option<bool>("--all")
        {
            Description = "Brief every article as one, even when one thread or story holds most of them (by default a brief tells that one and says what it left out).",
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
        command.Add(onlyThread);
        command.Add(all);
        command.SetAction(async (parse, cancellationToken) =>
        {
            string? path = parse.GetValue(output);
            if (path is not null && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
            {
                throw new UsageException($"--out '{path}': the folder {folder} does not exist.");
            }
            StoryOptions options = story.Read(parse);
            string? wantedStory = parse.GetValue(only) is { Length: > 0 } w ? w : null;
            string? wantedThread = parse.GetValue(onlyThread) is { Length: > 0 } t ? t : null;
            if (wantedStory is not null && wantedThread is not null)
            {
                throw new UsageException("--story and --thread: a brief tells one story or one thread; give one of them.");
            }
            var wanted = new Wanted(wantedStory ?? wantedThread, wantedThread is not null, parse.GetValue(all));
            string[] paths = parse.GetValue(reading.Paths) ?? [];
            StoryAnalysis? analysis = paths.Length > 0
                ? await FromPathsAsync(console, paths, reading.CreateOptions(parse), options, wanted, cancellationToken)
                : await FromStoreAsync(console, parse, options, wanted, cancellationToken);
            if (analysis is null)
            {
                return ExitCodes.SomeFailed;
            }
            Brief brief = BriefBuilder.Build(analysis, options.Question);
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

    /// <summary>What the user asked the brief to tell: a story or a thread by id or word (<see cref="Thread"/> says which), every article (<see cref="All"/>), or, with neither, what the collection is mostly about.</summary>
    private sealed record Wanted(string? Name, bool Thread, bool All);

    /// <summary>The story of the articles at <paramref name="paths"/>, or of the one story or thread of them <paramref name="wanted"/> names or the collection is mostly about; null (told) when none is.</summary>
    private static async Task<StoryAnalysis?> FromPathsAsync(CliConsole console, string[] paths, Ingest.IngestOptions reading, StoryOptions options, Wanted wanted, CancellationToken cancellationToken)
    {
        var digests = await StoryInput.DigestsAsync(console, paths, reading, cancellationToken);
        var builder = new StoryBuilder(options);
        StoryAnalysis analysis = builder.Build(digests);
        if (wanted.All)
        {
            return analysis;
        }
        var names = analysis.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var actors = analysis.Documents.ToDictionary(d => d.Id, d => d.Entities, StringComparer.Ordinal);
        if (!Subject(console, analysis.Stories, analysis.Threads, analysis.DuplicateOf, wanted, id => names.GetValueOrDefault(id), id => actors.GetValueOrDefault(id) ?? [], out BriefSubject? chosen))
        {
            return null;
        }
        if (chosen is null)
        {
            return analysis;
        }
        var members = chosen.Documents.ToHashSet(StringComparer.Ordinal);
        // The same builder: what it read from each member's body and names is not read again
        // (readings tied to a document's place in the collection are, as the places change).
        return builder.Build([.. digests.Where(a => members.Contains(a.Article.Id))]);
    }

    /// <summary>
    /// The store's story (kept by the store), or one story or thread of it: found in the kept
    /// stories and threads, then built from its members' digests alone, as a brief of those
    /// articles would be.
    /// </summary>
    private static async Task<StoryAnalysis?> FromStoreAsync(CliConsole console, ParseResult parse, StoryOptions options, Wanted wanted, CancellationToken cancellationToken)
    {
        await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
        if (wanted.All)
        {
            StoryAnalysis whole = await StoredStory.AnalysisAsync(collection, options, StoryInput.LeftOut(console), cancellationToken);
            StoryInput.NotEmpty(collection, whole.Documents.Count);
            return whole;
        }
        StorySnapshot kept = await StoredStory.ReadAsync(collection, options,
            wanted.Name is null ? [StorySnapshotJson.Stories, StorySnapshotJson.Documents] : wanted.Thread ? [StorySnapshotJson.Stories, StorySnapshotJson.Entities] : [StorySnapshotJson.Stories],
            StoryInput.LeftOut(console), cancellationToken);
        StoryInput.NotEmpty(collection, kept.Documents.Count);
        var names = kept.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var actors = kept.Documents.ToDictionary(d => d.Id, d => d.Entities, StringComparer.Ordinal);
        if (!Subject(console, kept.Stories, kept.Threads, kept.DuplicateOf, wanted, id => names.GetValueOrDefault(id), id => actors.GetValueOrDefault(id) ?? [], out BriefSubject? chosen))
        {
            return null;
        }
        if (chosen is null)
        {
            StoryAnalysis whole = await StoredStory.AnalysisAsync(collection, options, StoryInput.LeftOut(console), cancellationToken);
            return whole;
        }
        var members = await StorySource.FromStoreAsync(collection, chosen.Documents, StoryInput.LeftOut(console), cancellationToken);
        return new StoryBuilder(options).Build(members);
    }

    /// <summary>
    /// The thread or story to brief: the one <paramref name="wanted"/> names (false, told with the
    /// largest, when none is), else the one the collection is mostly about (told, with what it
    /// leaves out), else none (null): the brief covers every article.
    /// </summary>
    private static bool Subject(CliConsole console, IReadOnlyList<StoryCluster> stories, IReadOnlyList<StoryThread> threads, IReadOnlyDictionary<string, string> duplicateOf,
        Wanted wanted, Func<string, string?> actorName, Func<string, IEnumerable<string>> actorsOf, out BriefSubject? chosen)
    {
        if (wanted.Name is null)
        {
            chosen = BriefFocus.Choose(stories, threads, duplicateOf, actorsOf);
            if (chosen is not null)
            {
                int all = stories.Sum(s => s.Documents.Count);
                var titles = stories.ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
                console.Error.WriteLine($"marsad: the brief tells {chosen.Kind} {chosen.Id} «{chosen.Title}»" +
                    (chosen.Tied.Count > 0 ? $" and the {(chosen.Tied.Count == 1 ? "story" : $"{chosen.Tied.Count} stories")} that name its actors" : "") +
                    $" ({chosen.Documents.Count} of {all} articles); left out, sharing no actor with it: " +
                    string.Join(" · ", chosen.LeftOut.Take(5).Select(id => $"{id} «{titles[id]}»")) + (chosen.LeftOut.Count > 5 ? $" … (+{chosen.LeftOut.Count - 5})" : "") +
                    "; --all briefs every article, --story or --thread one");
            }
            return true;
        }
        chosen = BriefFocus.Find(stories, threads, wanted.Name, wanted.Thread, actorName);
        if (chosen is null)
        {
            string kind = wanted.Thread ? "thread" : "story";
            console.Error.WriteLine($"marsad: no {kind} '{wanted.Name}'; the largest: " + (wanted.Thread
                ? threads.Count == 0 ? "(no threads: no stories here share their central actors and topic)" : string.Join(" · ", threads.Take(5).Select(t => $"{t.Id} {t.Title} ({t.Stories.Count} stories)"))
                : string.Join(" · ", stories.OrderByDescending(s => s.Documents.Count).Take(5).Select(s => $"{s.Id} {s.Title} ({s.Documents.Count})"))));
            return false;
        }
        return true;
    }
}
