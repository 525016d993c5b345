using System.CommandLine;
using System.Globalization;
using Marsad.App;
using Marsad.Core.Contract;
using Marsad.Core.Digests;
using Marsad.Core.Stories;
using Marsad.Stories;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad why-story ID [--with DOC] [PATH...]</c>: why articles share a story, join by join, with what each pair shares.</summary>
internal static class WhyStoryCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "A story's id (s12, as 'analyze --out' lists them in \"stories\") or an article's id." };
        var with = new Option<string?>("--with")
        {
            Description = "Another article of the story: show only the chain of joins from ID (an article) to it.",
            HelpName = "DOC",
        };
        var reading = new ReadingOptions();
        reading.Paths.Arity = ArgumentArity.ZeroOrMore;
        reading.Paths.Description = "Articles to read (as analyze reads them); without any, the story the store (--db) keeps.";
        var story = new StoryArguments();
        var command = new Command("why-story",
            "Explain a story: its articles, and each join that put two of them in it, with the link model's chance and the evidence " +
            "(same kind of event, same place or a place within another, shared actors, alike headlines, leads and bodies, days apart), " +
            "and what spoke against it.\n" +
            "Examples:\n" +
            "  marsad --db news.db why-story s12\n" +
            "  marsad --db news.db why-story BB-internationalNews-656-2018 --with AL-internationalNews-1630-2018\n" +
            "  marsad why-story s1 ./articles");
        command.Add(id);
        command.Add(with);
        reading.AddTo(command);
        story.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            string wanted = parse.GetValue(id)!;
            string[] paths = parse.GetValue(reading.Paths) ?? [];
            if (paths.Length > 0)
            {
                List<DocumentDigest> read = await StoryInput.DigestsAsync(console, paths, reading.CreateOptions(parse), cancellationToken);
                StoryAnalysis analysis = new StoryBuilder(story.Read(parse)).Build(read);
                return Explain(console, wanted, parse.GetValue(with), analysis.Stories, analysis.Links, analysis.StoryOf, read);
            }
            await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
            StorySnapshot kept = await StoredStory.ReadAsync(collection, story.Read(parse), [StorySnapshotJson.Stories], StoryInput.LeftOut(console), cancellationToken);
            StoryInput.NotEmpty(collection, kept.Documents.Count);
            StoryCluster? chosen = Find(kept.Stories, kept.StoryOf, wanted);
            IReadOnlyList<DocumentDigest> members = chosen is null ? [] : await StorySource.FromStoreAsync(collection, chosen.Documents, StoryInput.LeftOut(console), cancellationToken);
            return Explain(console, wanted, parse.GetValue(with), kept.Stories, kept.Links, kept.StoryOf, members);
        });
        return command;
    }

    private static StoryCluster? Find(IReadOnlyList<StoryCluster> stories, IReadOnlyDictionary<string, string> storyOf, string wanted)
    {
        string storyId = storyOf.TryGetValue(wanted, out string? of) ? of : wanted;
        return stories.FirstOrDefault(s => string.Equals(s.Id, storyId, StringComparison.Ordinal));
    }

    private static int Explain(CliConsole console, string wanted, string? with, IReadOnlyList<StoryCluster> stories, IReadOnlyList<StoryLink> links,
        IReadOnlyDictionary<string, string> storyOf, IReadOnlyList<DocumentDigest> digests)
    {
        if (Find(stories, storyOf, wanted) is not { } chosen)
        {
            console.Error.WriteLine($"marsad: no story or article '{wanted}'; the largest stories: " +
                string.Join(" · ", stories.OrderByDescending(s => s.Documents.Count).Take(5).Select(s => $"{s.Id} {s.Title} ({s.Documents.Count})")));
            return ExitCodes.SomeFailed;
        }
        var articles = digests.Where(d => chosen.Documents.Contains(d.Article.Id)).ToDictionary(d => d.Article.Id, d => d.Article, StringComparer.Ordinal);
        List<StoryLink> joins = [.. links.Where(l => string.Equals(l.Story, chosen.Id, StringComparison.Ordinal))];
        if (with is not null)
        {
            if (!storyOf.TryGetValue(with, out string? other) || !string.Equals(other, chosen.Id, StringComparison.Ordinal) || !chosen.Documents.Contains(wanted))
            {
                console.Error.WriteLine($"marsad: '{wanted}' and '{with}' are not two articles of one story" +
                    (storyOf.TryGetValue(with, out string? s) ? $" ('{with}' is in {s}, '{wanted}' in {(storyOf.TryGetValue(wanted, out string? w) ? w : "none")})" : ""));
                return ExitCodes.SomeFailed;
            }
            joins = Chain(joins, wanted, with);
        }

        TextWriter output = console.Out;
        int outlets = articles.Values.Select(a => a.Outlet).Where(o => o is not null).Distinct(StringComparer.Ordinal).Count();
        output.WriteLine($"{chosen.Id} {chosen.Title} — {Count(chosen.Documents.Count, "article")}" +
            (outlets > 0 ? $" from {Count(outlets, "outlet")}" : "") + (chosen.From is null ? "" : $", {chosen.From} → {chosen.To}"));
        output.WriteLine("  articles:");
        foreach (string document in chosen.Documents)
        {
            output.WriteLine("    " + Describe(document, articles));
        }
        if (chosen.Documents.Count == 1)
        {
            output.WriteLine("  one article: nothing was joined to it");
            return ExitCodes.Ok;
        }
        output.WriteLine(with is null ? "  joins, likeliest first (each put two partial stories together):" : $"  the chain of joins from {wanted} to {with}:");
        foreach (StoryLink link in joins)
        {
            output.WriteLine($"    {link.A} ↔ {link.B}  chance {link.Chance.ToString("0.00", CultureInfo.InvariantCulture)}");
            output.WriteLine($"      {Title(link.A, articles)}");
            output.WriteLine($"      {Title(link.B, articles)}");
            output.WriteLine($"      {string.Join(" · ", link.Evidence)}");
        }
        return ExitCodes.Ok;
    }

    /// <summary>The joins on the way from one article to another (the joins of a story form a tree over its articles).</summary>
    private static List<StoryLink> Chain(List<StoryLink> joins, string from, string to)
    {
        var came = new Dictionary<string, StoryLink?>(StringComparer.Ordinal) { [from] = null };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0 && !came.ContainsKey(to))
        {
            string at = queue.Dequeue();
            foreach (StoryLink link in joins.Where(l => l.A == at || l.B == at))
            {
                string next = link.A == at ? link.B : link.A;
                if (came.TryAdd(next, link))
                {
                    queue.Enqueue(next);
                }
            }
        }
        var chain = new List<StoryLink>();
        for (string at = to; came.TryGetValue(at, out StoryLink? link) && link is not null; at = link.A == at ? link.B : link.A)
        {
            chain.Add(link);
        }
        chain.Reverse();
        return chain;
    }

    private static string Describe(string id, Dictionary<string, Core.Documents.Article> articles) =>
        articles.TryGetValue(id, out var a)
            ? $"{id} · {a.Outlet ?? "?"} · {a.Published?.DateIso ?? "undated"} · {a.Title ?? ""}"
            : id;

    private static string Title(string id, Dictionary<string, Core.Documents.Article> articles) =>
        articles.TryGetValue(id, out var a) ? $"{id}: {a.Title}" : id;

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
