using System.CommandLine;
using Marsad.App;
using Marsad.Cli.Output;
using Marsad.Core.Contract;
using Marsad.Core.Stories;
using Marsad.Stories;
using Marsad.Training.Stories.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval stories</c>: the stories against hand-labelled events (which articles report one event).</summary>
internal static class EvalStoriesCommand
{
    public static Command Create(CliConsole console)
    {
        var reading = new ReadingOptions();
        reading.Paths.Arity = ArgumentArity.ZeroOrMore;
        reading.Paths.Description = "Articles to read (as analyze reads them); without any, the story the store (--db) keeps.";
        var labels = new EventLabelOptions();
        var contract = new Option<string?>("--contract")
        {
            Description = "Score the stories of an analysis file ('marsad analyze --out'), not of articles or a store.",
            HelpName = "FILE",
        };
        var show = new Option<int>("--show")
        {
            Description = "List this many wrongly joined and missed pairs of each split, with their titles.",
            HelpName = "N",
        };
        var story = new StoryArguments();
        var command = new Command("stories",
            "Pairwise precision and recall of 'same event' and B-cubed F1 over the labelled articles, for each split the labels hold (dev, on which the model is tuned; test and fresh, held out) and all together.\n" +
            "Example: marsad --db ant.db eval stories --events tests/Marsad.Stories.Tests/Data/events/ant-events-*.tsv --near-misses tests/Marsad.Stories.Tests/Data/events/ant-near-misses-*.tsv");
        reading.AddTo(command);
        story.AddTo(command);
        labels.AddTo(command);
        command.Add(contract);
        command.Add(show);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (labels.Read(parse, console) is not { } gold)
            {
                return ExitCodes.SomeFailed;
            }
            StoryOptions options = story.Read(parse);
            string[] paths = parse.GetValue(reading.Paths) ?? [];
            IReadOnlyDictionary<string, string> storyOf;
            Func<string, string?> title;
            if (parse.GetValue(contract) is { } file)
            {
                if (!InputFile.AllExist(console, file))
                {
                    return ExitCodes.SomeFailed;
                }
                var (stories, titles) = ContractStories(file);
                storyOf = stories;
                title = id => titles.GetValueOrDefault(id);
            }
            else if (paths.Length > 0)
            {
                var digests = await StoryInput.DigestsAsync(console, paths, reading.CreateOptions(parse), cancellationToken);
                storyOf = new StoryBuilder(options).Build(digests).StoryOf;
                var titles = digests.ToDictionary(d => d.Article.Id, d => d.Article.Title, StringComparer.Ordinal);
                title = id => titles.GetValueOrDefault(id);
            }
            else
            {
                await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
                StorySnapshot kept = await StoredStory.ReadAsync(collection, options, [StorySnapshotJson.Stories], StoryInput.LeftOut(console), cancellationToken);
                StoryInput.NotEmpty(collection, kept.Documents.Count);
                storyOf = kept.StoryOf;
                var titles = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (string id in gold.Events.SelectMany(e => e.Articles).Concat(gold.NearMisses.SelectMany(n => new[] { n.A, n.B })).Distinct(StringComparer.Ordinal))
                {
                    titles[id] = (await collection.GetAsync(id, cancellationToken))?.Title;
                }
                title = id => titles.GetValueOrDefault(id);
            }

            // Every split the labels hold, the tuned one first, then all together.
            string?[] splits = [.. EventGold.Splits.Where(split => gold.Events.Any(e => e.Split == split) || gold.NearMisses.Any(n => n.Split == split)), null];
            var scores = splits.Select(split => (Split: split ?? "all", Score: EventScorer.Score(gold.Only(split), storyOf))).ToList();
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(console.Out, scores.ToDictionary(s => s.Split, s => new
                {
                    s.Score.Articles, s.Score.Events, s.Score.NearMisses,
                    PairPrecision = Math.Round(s.Score.PairPrecision, 4), PairRecall = Math.Round(s.Score.PairRecall, 4),
                    BCubedPrecision = Math.Round(s.Score.BCubedPrecision, 4), BCubedRecall = Math.Round(s.Score.BCubedRecall, 4), BCubedF1 = Math.Round(s.Score.BCubedF1, 4),
                    s.Score.NearMissesJoined,
                }, StringComparer.Ordinal));
                return ExitCodes.Ok;
            }
            int listed = parse.GetValue(show);
            foreach (var (split, score) in scores)
            {
                console.Out.WriteLine($"■ {split}");
                console.Out.Write(score.ToString());
                if (listed > 0 && split != "all")
                {
                    foreach (var (a, b) in score.Wrong.Take(listed))
                    {
                        console.Out.WriteLine($"  joined wrongly: {a} «{title(a)}» + {b} «{title(b)}» ({storyOf.GetValueOrDefault(a)})");
                    }
                    foreach (var (a, b) in score.Missed.Take(listed))
                    {
                        console.Out.WriteLine($"  missed: {a} «{title(a)}» ({storyOf.GetValueOrDefault(a)}) + {b} «{title(b)}» ({storyOf.GetValueOrDefault(b)})");
                    }
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Each document's story and title, as an analysis file writes them.</summary>
    private static (Dictionary<string, string> StoryOf, Dictionary<string, string?> Titles) ContractStories(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = System.Text.Json.JsonDocument.Parse(stream);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var titles = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var doc in document.RootElement.GetProperty("documents").EnumerateArray())
        {
            string id = doc.GetProperty("id").GetString()!;
            titles[id] = doc.TryGetProperty("title", out var t) ? t.GetString() : null;
            if (doc.TryGetProperty("story", out var s) && s.GetString() is { } story)
            {
                storyOf[id] = story;
            }
        }
        return (storyOf, titles);
    }
}
