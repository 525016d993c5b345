using System.CommandLine;
using Marsad.App;
using Marsad.Cli.Output;
using Marsad.Training.Stories.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval stances</c>: the stance Marsad reads in each hand-labelled quote, against its label.</summary>
internal static class EvalStancesCommand
{
    public static Command Create(CliConsole console)
    {
        var labels = new Option<string>("--labels")
        {
            Description = "The labelled quotes: item_id, split, source, doc, quote_start, quote_end, quote_sha1, speaker, question, stance, note (tab-separated).",
            DefaultValueFactory = _ => Path.Combine("tests", "Marsad.Stories.Tests", "Data", "stances", "stances.tsv"),
            HelpName = "FILE",
        };
        var seeds = new Option<string>("--seeds")
        {
            Description = "The folder of the seed articles ('seed' items).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "corpus", "seeds"),
            HelpName = "DIR",
        };
        var ant = new Option<string>("--ant")
        {
            Description = "The ANT corpus, JSON Lines ('ant' items name a line by its id).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "corpus", "ant-multisource-2018.jsonl.gz"),
            HelpName = "FILE",
        };
        var samples = new Option<string>("--samples")
        {
            Description = "The folder of the sample articles ('sample' items).",
            DefaultValueFactory = _ => "samples",
            HelpName = "DIR",
        };
        var show = new Option<int>("--show")
        {
            Description = "List this many wrongly read quotes of each split, with the words read.",
            HelpName = "N",
        };
        var command = new Command("stances",
            "Accuracy and confusion table of the stances Marsad reads in labelled quotes, for the dev split, the held-out test split and both.\n" +
            "Each article is analysed; the quote Marsad found over the labelled slice is read with its reporting verb, else the slice alone.\n" +
            "Example: marsad eval stances --show 10")
        {
            labels, seeds, ant, samples, show,
        };
        command.SetAction(parse =>
        {
            string labelFile = parse.GetValue(labels)!;
            if (!InputFile.AllExist(console, labelFile))
            {
                return ExitCodes.SomeFailed;
            }
            IReadOnlyList<GoldStance> gold;
            try
            {
                gold = StanceGold.Read(labelFile);
            }
            catch (FormatException e)
            {
                throw new UsageException(e.Message);
            }
            AnalysisPipeline pipeline = new AnalysisPipelineBuilder().Build();
            var (documents, problems) = StanceDocuments.Load(gold, parse.GetValue(seeds)!, parse.GetValue(ant)!, parse.GetValue(samples)!, pipeline.Reader);
            foreach (string problem in problems)
            {
                console.Error.WriteLine($"marsad: {problem}; left out");
            }
            var predictions = StanceEvaluation.Predict(gold, documents, pipeline.Reader.Cleaner, pipeline.Analyzer);
            var scores = new[] { "dev", "test", null }
                .Select(split => (Split: split ?? "all", Score: StanceScorer.Score(predictions.Where(p => split is null || p.Gold.Split == split))))
                .ToList();
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(console.Out, scores.ToDictionary(s => s.Split, s => new
                {
                    s.Score.Items, s.Score.Correct, Accuracy = Math.Round(s.Score.Accuracy, 4), s.Score.QuotesFound, s.Score.SlicesNotInText,
                    Confusion = StanceGold.Labels.ToDictionary(g => g, g => StanceGold.Labels.ToDictionary(p => p, p => s.Score.Confusion[Index(g), Index(p)], StringComparer.Ordinal), StringComparer.Ordinal),
                }, StringComparer.Ordinal));
                return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
            }
            int listed = parse.GetValue(show);
            foreach (var (split, score) in scores)
            {
                console.Out.WriteLine($"■ {split}");
                console.Out.Write(score.ToString());
                if (listed > 0 && split != "all")
                {
                    foreach (StancePrediction wrong in score.Wrong.Take(listed))
                    {
                        string words = wrong.Quote.ReplaceLineEndings(" ");
                        console.Out.WriteLine($"  {wrong.Gold.Id}: gold {wrong.Gold.Stance}, read {wrong.Predicted} ({Said(wrong.Match)}{(wrong.Verb.Length > 0 ? $", verb {wrong.Verb}" : "")}): {(words.Length > 100 ? words[..100] + "…" : words)}");
                    }
                }
            }
            return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }

    private static int Index(string stance) => StanceGold.Labels.ToList().IndexOf(stance);

    private static string Said(StanceMatch match) => match switch
    {
        StanceMatch.QuoteFound => "Marsad's quote",
        StanceMatch.NoQuote => "quote not found by Marsad",
        _ => "slice not in Marsad's text",
    };
}
