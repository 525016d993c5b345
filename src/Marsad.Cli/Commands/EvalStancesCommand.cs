using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Training.Stories.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval stances</c>: the stance Marsad reads in each hand-labelled quote, against its label.</summary>
internal static class EvalStancesCommand
{
    public static Command Create(CliConsole console)
    {
        var labels = new StanceLabelOptions();
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
            show,
        };
        labels.AddTo(command);
        command.SetAction(parse =>
        {
            if (labels.Read(parse, console) is not var (inputs, problems))
            {
                return ExitCodes.SomeFailed;
            }
            var predictions = inputs.Select(StanceEvaluation.Predict).ToList();
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
