using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Core.Analysis;
using Marsad.Extraction.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Training.Entities.NewsGold;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval news</c>: names and speakers on hand-labelled real news.</summary>
internal static class EvalNewsCommand
{
    public static Command Create(CliConsole console)
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Hand labels: entities-*.tsv and speakers-*.tsv files, or folders of them (ids and offsets into the corpus's text). " +
                "In tests/Marsad.Extraction.Tests/Data/ant-gold, the a and b files are for development and c and d are held out.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "PATH",
        };
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "The corpora that hold the labelled articles (JSON Lines, .jsonl or .jsonl.gz); their text is analysed as it stands there, as it was labelled.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FILE",
        };
        var model = new Option<string?>("--model") { Description = "An NER model to score instead of the shipped one (from 'marsad train ner'); the shipped clusters are used.", HelpName = "FILE" };
        var teacher = new Option<string?>("--teacher") { Description = "A neural teacher to score instead (from 'marsad train ner --neural'; needs LibTorch, see README).", HelpName = "FILE" };
        var errors = new Option<string?>("--errors") { Description = "Write every missed and spurious name and every missed statement or wrong speaker here (TSV), to look at.", HelpName = "FILE" };
        var command = new Command("news",
            "Entity precision, recall and F1 per type, and speaker accuracy, on hand-labelled real news.\n" +
            "Example: marsad eval news --gold tests/Marsad.Extraction.Tests/Data/ant-gold/*-c.tsv tests/Marsad.Extraction.Tests/Data/ant-gold/*-d.tsv --corpus ../shared/corpus/ant-multisource-2018.jsonl.gz")
        {
            gold, corpus, model, teacher, errors,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            string[] labelPaths = parse.GetValue(gold)!;
            string[] paths = parse.GetValue(corpus)!;
            if (labelPaths.FirstOrDefault(p => !Directory.Exists(p) && !File.Exists(p)) is { } missing)
            {
                console.Error.WriteLine($"marsad: {missing}: no such file or folder");
                return Task.FromResult(ExitCodes.SomeFailed);
            }
            if (!InputFile.AllExist(console, paths))
            {
                return Task.FromResult(ExitCodes.SomeFailed);
            }
            NewsGoldSet labels;
            try
            {
                labels = NewsGoldSet.ReadPaths(labelPaths);
            }
            catch (FormatException e)
            {
                console.Error.WriteLine("marsad: " + e.Message);
                return Task.FromResult(ExitCodes.SomeFailed);
            }
            EntityRecognizer recognizer;
            if (parse.GetValue(teacher) is { } teacherPath)
            {
                recognizer = TeacherRecognizer.Load(teacherPath);
            }
            else if (parse.GetValue(model) is { } modelPath)
            {
                using Stream file = File.OpenRead(modelPath);
                using Stream clusters = EntityRecognizer.OpenShippedClusters();
                recognizer = EntityRecognizer.Load(file, clusters);
            }
            else
            {
                recognizer = EntityRecognizer.LoadShipped();
            }
            Dictionary<string, DocumentAnalysis> analyses;
            try
            {
                analyses = NewsAnalyses.Of(labels, paths, new ArticleAnalyzer(recognizer, TimeProvider.System), cancellationToken);
            }
            catch (InvalidDataException e)
            {
                console.Error.WriteLine("marsad: " + e.Message);
                return Task.FromResult(ExitCodes.SomeFailed);
            }
            NewsScore score = NewsScorer.Score(labels, analyses);
            console.Out.WriteLine($"{analyses.Count} labelled articles, {labels.Mentions.Count} names, {labels.Statements.Count} statements ({recognizer.Version})");
            console.Out.Write(score.ToString());
            if (parse.GetValue(errors) is { } errorPath)
            {
                AtomicFile.Write(errorPath, stream =>
                {
                    using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                    foreach (string line in score.Errors)
                    {
                        writer.WriteLine(line);
                    }
                    return errorPath;
                });
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
