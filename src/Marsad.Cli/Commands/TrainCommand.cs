using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Cli.Output;
using Marsad.Extraction.Entities;
using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Corpora;
using Marsad.Training.Entities.Clusters;
using Marsad.Training.Entities.Conll;
using Marsad.Training.Entities.Evaluation;
using Marsad.Training.Entities.Names;
using Marsad.Training.Entities.Recognition;
using Marsad.Training.Entities.Tagging;
using Marsad.Training.Ingest.Furniture;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train …</c>: rebuild the resources Marsad learns from data.</summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("train", "Rebuild a learned resource from corpora (for maintainers; the built resources ship with Marsad).");
        command.Add(CreateFurniture(console));
        command.Add(CreateNer(console));
        command.Add(CreateClusters(console));
        command.Add(TrainNamesCommand.Create(console));
        command.Add(TrainVectorsCommand.Create(console));
        command.Add(TrainPlacesCommand.Create(console));
        command.Add(TrainStoriesCommand.Create(console));
        return command;
    }

    private static Command CreateClusters(CliConsole console)
    {
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Unlabelled articles: JSON Lines corpora (.jsonl or .jsonl.gz), or any input 'marsad ingest' reads.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FILE",
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write the clusters (gzipped text). The shipped ones are src/Marsad.Extraction/Resources/ner.clusters.gz.",
            Required = true,
            HelpName = "FILE",
        };
        var words = new Option<int>("--words") { Description = "How many frequent words get a path (default 100000).", DefaultValueFactory = _ => ClusterTrainingOptions.Default.Words, HelpName = "N" };
        var contexts = new Option<int>("--contexts") { Description = "How many frequent words serve as contexts (default 12000).", DefaultValueFactory = _ => ClusterTrainingOptions.Default.Contexts, HelpName = "N" };
        var dimensions = new Option<int>("--dimensions") { Description = "SVD dimensions (default 100).", DefaultValueFactory = _ => ClusterTrainingOptions.Default.Dimensions, HelpName = "N" };
        var minCount = new Option<int>("--min-count") { Description = "Words seen fewer times get no path (default 8).", DefaultValueFactory = _ => ClusterTrainingOptions.Default.MinCount, HelpName = "N" };
        var depth = new Option<int>("--depth") { Description = "Tree depth, the longest path (default 16).", DefaultValueFactory = _ => ClusterTrainingOptions.Default.Depth, HelpName = "N" };
        var flat = new Option<int[]>("--flat")
        {
            Description = "The k of each flat k-means clustering of the embedding (default 64 256 1024).",
            DefaultValueFactory = _ => [.. ClusterTrainingOptions.Default.FlatClusters],
            AllowMultipleArgumentsPerToken = true,
            HelpName = "K",
        };
        var command = new Command("clusters",
            "Learn Brown-style word clusters for the NER tagger from unlabelled news (PPMI co-occurrences, randomized SVD, bisecting 2-means, flat k-means).\n" +
            "Example: marsad train clusters --corpus ../shared/corpus/ant-multisource-2018.jsonl.gz ../shared/corpus/saudinewsnet-2015.jsonl.gz --out src/Marsad.Extraction/Resources/ner.clusters.gz")
        {
            corpus, output, words, contexts, dimensions, depth, minCount, flat,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            var paths = parse.GetValue(corpus)!;
            var options = ClusterTrainingOptions.Default with
            {
                Words = parse.GetValue(words), Contexts = parse.GetValue(contexts), Dimensions = parse.GetValue(dimensions), Depth = parse.GetValue(depth), MinCount = parse.GetValue(minCount),
                FlatClusters = parse.GetValue(flat) ?? [],
            };
            if (options.Words < 2 || options.MinCount < 1 || options.Contexts < 1 || options.Dimensions < 1 || options.Depth is < 1 or > 64)
            {
                throw new UsageException("--words, --contexts, --dimensions and --depth must be positive (depth at most 64).");
            }
            if (options.FlatClusters.Any(k => k < 2))
            {
                throw new UsageException("--flat clusterings need k of at least 2.");
            }
            if (!InputFile.AllExist(console, paths))
            {
                return Task.FromResult(ExitCodes.SomeFailed);
            }
            var path = parse.GetValue(output)!;
            var texts = UnlabelledArticles.Read(paths, cancellationToken)
                .Select(document => document.Title is { } title ? title + "\n" + document.Body : document.Body);
            string[] header =
            [
                "Marsad NER word clusters, learned by:",
                "marsad train clusters --corpus " + string.Join(' ', paths.Select(Path.GetFileName)) + " --out " + Path.GetFileName(path) +
                    string.Create(CultureInfo.InvariantCulture, $" --words {options.Words} --contexts {options.Contexts} --dimensions {options.Dimensions} --depth {options.Depth} --min-count {options.MinCount} --flat {string.Join(' ', options.FlatClusters)}"),
            ];
            var summary = AtomicFile.Write(path, stream => ClusterTrainer.Train(texts, stream, header, options, console.Error));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clusters written to {path}: {summary} ({clock.Elapsed.TotalSeconds:0.0} s)"));
            return Task.FromResult(ExitCodes.Ok);
        });
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
        var clusters = new Option<string?>("--clusters") { Description = "Word clusters from 'marsad train clusters' (gzipped text; default: the shipped clusters).", HelpName = "FILE" };
        var gazetteers = new Option<string[]>("--gazetteer")
        {
            Description = "Place-name lists (TSV/CSV with a header; Arabic fields are names), saved into the model.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FILE",
        };
        var heldout = new Option<double>("--heldout")
        {
            Description = "Train on all but the last FRACTION of sentences and score on those (model development; default 0: train on all).",
            HelpName = "FRACTION",
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data (default 6).", DefaultValueFactory = _ => 6, HelpName = "N" };
        var name = new Option<string?>("--name") { Description = "The model's version stamp, e.g. ner-2026.11.23-anercorp-f77.1 (saved in the model).", HelpName = "NAME" };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed; the same seed gives the same model (default 42).", DefaultValueFactory = _ => 42, HelpName = "N" };
        var unlabelled = new Option<string[]>("--unlabelled")
        {
            Description = "Unlabelled news (any input 'ingest' reads) for self-training: two taggers trained with different seeds tag it, and the sentences they agree on, holding a name, join the training data.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FILE",
        };
        var minedNames = new Option<string?>("--names")
        {
            Description = "Multi-word names mined by 'marsad train names' (TSV), saved into the model as a lexicon feature.",
            HelpName = "FILE",
        };
        var neural = new Option<bool>("--neural") { Description = "Train the neural teacher (a BiLSTM-CRF over subword vectors and letters, TorchSharp on the CPU) instead of the fast tagger; needs --vectors." };
        var vectorsFile = new Option<string?>("--vectors") { Description = "Word vectors from 'marsad train vectors', for --neural.", HelpName = "FILE" };
        var neuralEpochs = new Option<int>("--neural-epochs") { Description = "Passes for --neural (default 20; with --heldout the best epoch is kept).", DefaultValueFactory = _ => 20, HelpName = "N" };
        var testFile = new Option<string?>("--test") { Description = "With --neural, also score the teacher on this tagged file (ANERcorp's test.txt, for the final figure only).", HelpName = "FILE" };
        var coTeacher = new Option<string?>("--co-teacher")
        {
            Description = "With --unlabelled, a neural teacher (from --neural; needs LibTorch) that must agree with a seed tagger on each self-training sentence, in place of a second seed tagger.",
            HelpName = "FILE",
        };
        var pseudo = new Option<int>("--pseudo") { Description = "How many self-training sentences to take from --unlabelled (default 2000).", DefaultValueFactory = _ => 2000, HelpName = "N" };
        var stride = new Option<int>("--stride") { Description = "Read every N-th unlabelled article, for variety across outlets (default 20).", DefaultValueFactory = _ => 20, HelpName = "N" };
        var command = new Command("ner",
            "Train the named-entity tagger (a structured perceptron with Viterbi over word, clitic, affix, cluster, cue and gazetteer features).\n" +
            "Example: marsad train ner --train ../shared/data/anercorp/train.txt --clusters src/Marsad.Extraction/Resources/ner.clusters.gz --gazetteer ../shared/data/gazetteers/countries-ar.tsv ../shared/data/gazetteers/world-cities-ar.csv --out src/Marsad.Extraction/Resources/ner.model")
        {
            train, output, clusters, gazetteers, minedNames, heldout, epochs, seed, name, unlabelled, pseudo, stride, coTeacher, neural, vectorsFile, neuralEpochs, testFile,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            if (parse.GetValue(epochs) < 1)
            {
                throw new UsageException("--epochs must be 1 or more.");
            }
            var fraction = parse.GetValue(heldout);
            if (fraction is < 0 or >= 1)
            {
                throw new UsageException("--heldout must be at least 0 and below 1.");
            }
            List<TaggedSentence> sentences = ReadTagged(parse.GetValue(train)!);
            var clusterPath = parse.GetValue(clusters);
            // Without --clusters, the shipped ones: 'marsad tag --model' assumes the same default.
            WordClusters wordClusters;
            using (Stream file = clusterPath is null ? EntityRecognizer.OpenShippedClusters() : File.OpenRead(clusterPath))
            {
                wordClusters = WordClusters.Load(file);
            }
            var gazetteerPaths = parse.GetValue(gazetteers) ?? [];
            var unlabelledPaths = parse.GetValue(unlabelled) ?? [];
            if (parse.GetValue(pseudo) < 0 || parse.GetValue(stride) < 1)
            {
                throw new UsageException("--pseudo must be 0 or more and --stride 1 or more.");
            }
            if (!InputFile.AllExist(console, unlabelledPaths))
            {
                return Task.FromResult(ExitCodes.SomeFailed);
            }
            var gazetteer = new Gazetteer(gazetteerPaths.SelectMany(GazetteerFiles.Names));
            string? namesPath = parse.GetValue(minedNames);
            if (namesPath is not null)
            {
                if (!InputFile.AllExist(console, [namesPath]))
                {
                    return Task.FromResult(ExitCodes.SomeFailed);
                }
                using var namesReader = new StreamReader(namesPath);
                gazetteer = gazetteer.WithMined([.. MinedNameFile.Read(namesReader, namesPath)]);
            }
            int trainCount = (int)Math.Round(sentences.Count * (1 - fraction));
            var path = parse.GetValue(output)!;
            string description = (parse.GetValue(name) is { Length: > 0 } stamp ? stamp + ": " : string.Empty) + "marsad train ner --train " + Path.GetFileName(parse.GetValue(train)) +
                " --clusters " + (clusterPath is null ? "(shipped)" : Path.GetFileName(clusterPath)) +
                (gazetteerPaths.Length == 0 ? string.Empty : " --gazetteer " + string.Join(' ', gazetteerPaths.Select(Path.GetFileName))) +
                (namesPath is null ? string.Empty : " --names " + Path.GetFileName(namesPath)) +
                string.Create(CultureInfo.InvariantCulture, $" --epochs {parse.GetValue(epochs)} --seed {parse.GetValue(seed)}") +
                (fraction > 0 ? string.Create(CultureInfo.InvariantCulture, $" --heldout {fraction}") : string.Empty) +
                (unlabelledPaths.Length == 0 ? string.Empty : " --unlabelled " + string.Join(' ', unlabelledPaths.Select(Path.GetFileName)) +
                    string.Create(CultureInfo.InvariantCulture, $" --pseudo {parse.GetValue(pseudo)} --stride {parse.GetValue(stride)}") +
                    (parse.GetValue(coTeacher) is { } co ? " --co-teacher " + Path.GetFileName(co) : string.Empty)) +
                (parse.GetValue(name) is { Length: > 0 } named ? " --name " + named : string.Empty);
            List<TaggedSentence> labelled = sentences[..trainCount];
            int epochCount = parse.GetValue(epochs), seedValue = parse.GetValue(seed);
            if (parse.GetValue(neural))
            {
                if (parse.GetValue(vectorsFile) is not { } vectorsPath)
                {
                    throw new UsageException("--neural needs --vectors (from 'marsad train vectors').");
                }
                List<TaggedSentence>? test = parse.GetValue(testFile) is { } testPath ? ReadTagged(testPath) : null;
                return Task.FromResult(TrainNeuralNer.Run(console, labelled, sentences[trainCount..], test, vectorsPath, gazetteer, wordClusters, parse.GetValue(neuralEpochs), seedValue, path));
            }
            if (unlabelledPaths.Length > 0)
            {
                var first = StackedTaggerTrainer.Train(labelled, wordClusters, gazetteer, epochCount, seedValue, description, console.Error);
                ISentenceTagger second = parse.GetValue(coTeacher) is { } teacherPath
                    ? TeacherRecognizer.Load(teacherPath).Tagger
                    : StackedTaggerTrainer.Train(labelled, wordClusters, gazetteer, epochCount, seedValue + 1, description, console.Error);
                int every = parse.GetValue(stride);
                var texts = UnlabelledArticles.Read(unlabelledPaths, cancellationToken)
                    .Where((_, i) => i % every == 0)
                    .Select(document => document.Body);
                var extra = SelfTraining.Label(texts, first, second, parse.GetValue(pseudo));
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"self-training: {extra.Count:N0} agreed sentences with names"));
                labelled = [.. labelled, .. extra];
            }

            var tagger = StackedTaggerTrainer.Train(labelled, wordClusters, gazetteer, epochCount, seedValue, description, console.Error);
            AtomicFile.Write(path, stream =>
            {
                tagger.Save(stream);
                return path;
            });
            var tokens = sentences.Sum(s => s.Tokens.Count);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"NER model written to {path}: {labelled.Count:N0} sentences, {tagger.First.Model.Rows.Count + tagger.Second.Model.Rows.Count:N0} features, {clock.Elapsed.TotalSeconds:0.0} s"));
            if (trainCount < sentences.Count)
            {
                var held = sentences[trainCount..];
                var predicted = tagger.Tag([.. held.Select(s => s.Tokens)]);
                var scored = held.Select((s, n) => new ConllSentence([.. s.Tokens.Select((t, i) => new ConllToken(t, s.Tags[i], predicted[n][i]))])).ToList();
                console.Out.WriteLine("held-out: " + ChunkScorer.Score(scored));
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>The sentences of a CoNLL file of 'token TAG' lines, as training reads them.</summary>
    private static List<TaggedSentence> ReadTagged(string path)
    {
        using var reader = new StreamReader(path);
        return [.. ConllReader.Read(reader, ConllColumns.TokenTag)
            .Select(s => new TaggedSentence([.. s.Tokens.Select(t => t.Text)], [.. s.Tokens.Select(t => t.Gold)]))];
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
