using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Cli.Output;
using Marsad.Training.Corpora;
using Marsad.Training.Entities.Embeddings;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train vectors</c>: word vectors with subwords from unlabelled news, for the neural tagger.</summary>
internal static class TrainVectorsCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Unlabelled articles: JSON Lines corpora (.jsonl or .jsonl.gz), or any input 'marsad ingest' reads.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FILE",
        };
        var output = new Option<string>("--out") { Description = "Where to write the vectors (gzipped binary).", Required = true, HelpName = "FILE" };
        var dimensions = new Option<int>("--dimensions") { Description = "Vector size (default 100).", DefaultValueFactory = _ => 100, HelpName = "N" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the text (default 2).", DefaultValueFactory = _ => 2, HelpName = "N" };
        var minCount = new Option<int>("--min-count") { Description = "Words seen fewer times get no vector of their own, only their n-grams' (default 5).", DefaultValueFactory = _ => 5, HelpName = "N" };
        var threads = new Option<int>("--threads") { Description = "Training threads (default: the cores; more than one varies the result slightly from run to run).", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        var command = new Command("vectors",
            "Learn word vectors with character n-grams (skip-gram with negative sampling, fastText-style) from unlabelled news, for 'marsad train ner --neural'.\n" +
            "Example: marsad train vectors --corpus ../shared/corpus/ant-multisource-2018.jsonl.gz ../shared/corpus/saudinewsnet-2015.jsonl.gz --out /tmp/vectors.bin.gz")
        {
            corpus, output, dimensions, epochs, minCount, threads,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            string[] paths = parse.GetValue(corpus)!;
            var options = new SkipGramOptions(Dimensions: parse.GetValue(dimensions), Epochs: parse.GetValue(epochs), MinCount: parse.GetValue(minCount), Threads: parse.GetValue(threads));
            if (options.Dimensions < 1 || options.Epochs < 1 || options.MinCount < 1 || options.Threads < 1)
            {
                throw new UsageException("--dimensions, --epochs, --min-count and --threads must be 1 or more.");
            }
            if (!InputFile.AllExist(console, paths))
            {
                return Task.FromResult(ExitCodes.SomeFailed);
            }
            var texts = UnlabelledArticles.Read(paths, cancellationToken)
                .Select(document => document.Title is { } title ? title + "\n" + document.Body : document.Body);
            SubwordVectors vectors = SkipGramTrainer.Train(CorpusSentences.Of(texts), options, console.Error);
            string path = parse.GetValue(output)!;
            AtomicFile.Write(path, stream =>
            {
                vectors.Write(stream);
                return path;
            });
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{vectors.Words.Count:N0} word vectors and {vectors.Buckets:N0} n-gram buckets of {vectors.Dimensions} written to {path} ({clock.Elapsed.TotalSeconds:0.0} s)"));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
