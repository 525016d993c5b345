using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Extraction.Entities.Conll;
using Marsad.Extraction.Entities.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval …</c>: score Marsad's output against gold annotations.</summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("eval", "Score tagged output against gold annotations (for checking Marsad's accuracy).");
        command.Add(CreateNer(console));
        return command;
    }

    private static Command CreateNer(CliConsole console)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "A CoNLL file of 'token GOLD PREDICTED' lines (blank line between sentences), as 'marsad tag --conll' writes it.",
        };
        var types = new Option<string[]>("--types")
        {
            Description = "Score only these entity types (others count as O), e.g. --types PERS LOC ORG.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "TYPE",
        };
        var command = new Command("ner",
            "Entity-level precision, recall and F1 (micro-averaged, as conlleval computes them), overall and per type.\n" +
            "Example: marsad eval ner tagged.txt --types PERS LOC ORG")
        {
            file, types,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!InputFile.AllExist(console, path))
            {
                return ExitCodes.SomeFailed;
            }
            ScoreReport report;
            try
            {
                using var reader = new StreamReader(path);
                var only = parse.GetValue(types) is { Length: > 0 } chosen ? chosen : null;
                report = ChunkScorer.Score(ConllReader.Read(reader, ConllColumns.TokenGoldPredicted).ToList(), only);
            }
            catch (ConllFormatException e)
            {
                console.Error.WriteLine($"marsad: {path}: {e.Message}");
                return ExitCodes.SomeFailed;
            }
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(console.Out, new
                {
                    report.Tokens,
                    report.Sentences,
                    Accuracy = Math.Round(report.Accuracy * 100, 2),
                    Overall = Figures(report.Overall),
                    ByType = report.ByType.ToDictionary(p => p.Key, p => Figures(p.Value), StringComparer.Ordinal),
                });
            }
            else
            {
                console.Out.Write(report.ToString());
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static object Figures(ChunkScore score) => new
    {
        score.Gold,
        score.Predicted,
        score.Correct,
        Precision = Math.Round(score.Precision * 100, 2),
        Recall = Math.Round(score.Recall * 100, 2),
        F1 = Math.Round(score.F1 * 100, 2),
    };
}
