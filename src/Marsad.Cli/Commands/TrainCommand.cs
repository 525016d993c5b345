using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Cli.Output;
using Marsad.Extraction.Entities.Conll;
using Marsad.Extraction.Entities.Tagging;
using Marsad.Ingest.Furniture;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train …</c>: rebuild the resources Marsad learns from data.</summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("train", "Rebuild a learned resource from corpora (for maintainers; the built resources ship with Marsad).");
        command.Add(CreateFurniture(console));
        command.Add(CreateNer(console));
        return command;
    }

    private static Command CreateNer(CliConsole console)
    {
        var train = new Option<string>("--train")
        {
            Description = "Training data: 'token TAG' lines in BIO (blank line between sentences), e.g. ANERcorp's train.txt. Never the test file.",
            Required = true,
            HelpName = "FILE",
        };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true, HelpName = "FILE" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data (default 10).", DefaultValueFactory = _ => 10, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed; the same seed gives the same model (default 42).", DefaultValueFactory = _ => 42, HelpName = "N" };
        var command = new Command("ner",
            "Train the named-entity tagger (an averaged perceptron over Arabic word, clitic, affix and context features).\n" +
            "Example: marsad train ner --train ../shared/data/anercorp/train.txt --out ner.model")
        {
            train, output, epochs, seed,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            if (parse.GetValue(epochs) < 1)
            {
                throw new UsageException("--epochs must be 1 or more.");
            }
            List<TaggedSentence> sentences;
            using (var reader = new StreamReader(parse.GetValue(train)!))
            {
                sentences = [.. ConllReader.Read(reader, ConllColumns.TokenTag)
                    .Select(s => new TaggedSentence([.. s.Tokens.Select(t => t.Text)], [.. s.Tokens.Select(t => t.Gold)]))];
            }
            var tagger = SequenceTagger.Train(sentences, parse.GetValue(epochs), parse.GetValue(seed));
            var path = parse.GetValue(output)!;
            AtomicFile.Write(path, stream =>
            {
                tagger.Save(stream);
                return path;
            });
            var tokens = sentences.Sum(s => s.Tokens.Count);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(console.Out, new { Model = path, Sentences = sentences.Count, Tokens = tokens, Seconds = Math.Round(clock.Elapsed.TotalSeconds, 1) });
            }
            else
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"NER model written to {path}: {sentences.Count:N0} sentences, {tokens:N0} tokens, {clock.Elapsed.TotalSeconds:0.0} s"));
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command CreateFurniture(CliConsole console)
    {
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "JSON Lines corpora (.jsonl or .jsonl.gz) to learn from; give several outlets' articles.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FILE",
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model (TSV). The shipped one is src/Marsad.Ingest/Resources/furniture.v1.tsv.",
            Required = true,
            HelpName = "FILE",
        };
        var command = new Command("furniture",
            "Learn page furniture (\"اقرأ أيضا\", share lines, site boilerplate) from lines that repeat across many articles and outlets.\n" +
            "Example: marsad train furniture --corpus ../shared/corpus/ant-multisource-2018.jsonl.gz ../shared/corpus/saudinewsnet-2015.jsonl.gz --out src/Marsad.Ingest/Resources/furniture.v1.tsv")
        {
            corpus, output,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            var path = parse.GetValue(output)!;
            var result = AtomicFile.Write(path, stream =>
            {
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                return FurnitureTrainer.Train(parse.GetValue(corpus)!, writer, cancellationToken: cancellationToken);
            });
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(console.Out, new { Model = path, result, Seconds = Math.Round(clock.Elapsed.TotalSeconds, 1) });
            }
            else
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"furniture model written to {path} in {clock.Elapsed.TotalSeconds:0.0} s: {result}"));
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
