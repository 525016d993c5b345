using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Marsad.App;
using Marsad.Cli.Output;
using Marsad.Core.Digests;
using Marsad.Stories;
using Marsad.Training.Stories;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train stories</c>: learn the story link model from hand-labelled events (their dev half).</summary>
internal static class TrainStoriesCommand
{
    public static Command Create(CliConsole console)
    {
        var reading = new ReadingOptions();
        reading.Paths.Arity = ArgumentArity.ZeroOrMore;
        reading.Paths.Description = "Articles to read (as analyze reads them); without any, every analysed article of the store (--db).";
        var labels = new EventLabelOptions();
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model. The shipped one is src/Marsad.Stories/Resources/story-links.tsv.",
            Required = true,
            HelpName = "FILE",
        };
        var dump = new Option<string?>("--pairs") { Description = "Also write every labelled pair of every split with its features here (TSV), to look at; only dev pairs are learned from.", HelpName = "FILE" };
        var command = new Command("stories",
            "Learn how likely two articles are to report one event from what their headlines and leads share (kind, place, actors, day) and their words: " +
            "a logistic model over the labelled candidate pairs of the dev half, its thresholds chosen on the dev grouping of the whole collection: the most recall at a pairwise precision of 0.95, else the best F0.5.\n" +
            "Example: marsad --db ant.db train stories --events tests/Marsad.Stories.Tests/Data/events/ant-events-*.tsv " +
            "--near-misses tests/Marsad.Stories.Tests/Data/events/ant-near-misses-*.tsv --out src/Marsad.Stories/Resources/story-links.tsv");
        reading.AddTo(command);
        labels.AddTo(command);
        command.Add(output);
        command.Add(dump);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (labels.Read(parse, console) is not { } gold)
            {
                return ExitCodes.SomeFailed;
            }
            var clock = Stopwatch.StartNew();
            string[] paths = parse.GetValue(reading.Paths) ?? [];
            List<DocumentDigest> digests;
            if (paths.Length > 0)
            {
                digests = await StoryInput.DigestsAsync(console, paths, reading.CreateOptions(parse), cancellationToken);
            }
            else
            {
                await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
                digests = await StorySource.FromStoreAsync(collection, StoryInput.LeftOut(console), cancellationToken);
                StoryInput.NotEmpty(collection, digests.Count);
            }
            console.Out.WriteLine($"{digests.Count} articles read in {clock.Elapsed.TotalSeconds:0.0} s");
            var prepared = new StoryBuilder(StoryOptions.Default).PrepareGrouping(digests);
            using StreamWriter? pairs = parse.GetValue(dump) is { } dumpPath ? new StreamWriter(dumpPath, false, new UTF8Encoding(false)) : null;
            pairs?.WriteLine("split\ta\tb\tsame\t" + string.Join('\t', Marsad.Stories.Grouping.PairFeatures.Names));
            LinkTrainingResult result = LinkTrainer.Train(prepared, gold, line => console.Out.WriteLine(line),
                pairs is null ? null : (split, a, b, same, features) => pairs.WriteLine(split + "\t" + a + "\t" + b + "\t" + (same ? 1 : 0) + "\t" +
                    string.Join('\t', features.Vector().Select(v => v.ToString("0.###", CultureInfo.InvariantCulture)))));
            string path = parse.GetValue(output)!;
            string comment = string.Create(CultureInfo.InvariantCulture,
                $"Weights of the story link model (Marsad.Stories.Grouping.LinkModel): the log-odds that two articles report one event.\n" +
                $"Trained by 'marsad train stories' on the dev half of tests/Marsad.Stories.Tests/Data/events ({gold.Only("dev").Events.Count} events, " +
                $"{gold.Only("dev").NearMisses.Count} near misses; {result.Pairs} labelled candidate pairs, {result.SameEventPairs} of one event)\n" +
                $"over {digests.Count} articles of the ANT corpus (v2.1, Chouigui et al.). Dev pairwise precision {result.DevScore.PairPrecision:0.000}, " +
                $"recall {result.DevScore.PairRecall:0.000}. Do not edit by hand.");
            AtomicFile.Write(path, stream =>
            {
                stream.Write(new UTF8Encoding(false).GetBytes(result.Model.Write(comment)));
                return path;
            });
            console.Out.Write(result.DevScore.ToString());
            console.Out.WriteLine($"written: {path} ({clock.Elapsed.TotalSeconds:0.0} s)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
