using System.CommandLine;
using System.Xml;
using Marsad.Cli.Output;
using Marsad.Training.Dates.Evaluation;
using Marsad.Training.Entities.Conll;
using Marsad.Training.Entities.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval …</c>: score Marsad's output against gold annotations.</summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("eval", "Score tagged output against gold annotations (for checking Marsad's accuracy).");
        command.Add(CreateNer(console));
        command.Add(CreateTimeMl(console));
        command.Add(EvalStoriesCommand.Create(console));
        command.Add(EvalStancesCommand.Create(console));
        command.Add(EvalNewsCommand.Create(console));
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

    private static Command CreateTimeMl(CliConsole console)
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "A folder of TimeML files (*.tml) with gold TIMEX3 tags.",
        };
        var published = new Option<string?>("--published")
        {
            Description = "The date relative expressions are read against (YYYY-MM-DD), for every document; "
                + "by default none, and each document's first explicit full date stands in.",
            HelpName = "DATE",
        };
        var misses = new Option<bool>("--misses")
        {
            Description = "Also list the gold dates not found with their value, and what was found there.",
        };
        var command = new Command("timeml",
            "Date extraction against TimeML gold: the share of gold DATEs that name their year (and of all\n" +
            "calendar-valued DATEs) found with exactly the gold value, and the mentions overlapping no gold TIMEX3.\n" +
            "Example: marsad eval timeml data/timeml-ar --published 2015-12-24")
        {
            folder, published, misses,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                console.Error.WriteLine($"marsad: {path}: no such folder");
                return ExitCodes.SomeFailed;
            }
            var anchor = DateArgument.ParseFrom(parse.GetValue(published), "--published");
            TimeMlScore score;
            try
            {
                score = TimeMlScorer.Score(TimeMlReader.ReadFolder(path), anchor);
            }
            catch (XmlException e)
            {
                console.Error.WriteLine($"marsad: {path}: a TimeML file is not well-formed XML: {e.Message}");
                return ExitCodes.SomeFailed;
            }
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(console.Out, new
                {
                    score.Documents,
                    Published = score.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    YearNamed = Share(score.YearNamed),
                    Calendar = Share(score.Calendar),
                    score.Predicted,
                    score.PredictedOutsideGold,
                    Misses = parse.GetValue(misses) ? score.Misses : null,
                });
            }
            else
            {
                console.Out.Write(score.ToString());
                if (parse.GetValue(misses))
                {
                    foreach (var miss in score.Misses)
                    {
                        console.Out.WriteLine($"  {miss.Document}: '{miss.GoldText}' = {miss.GoldValue}; found: {(miss.FoundText is null ? "nothing" : $"'{miss.FoundText}' = {miss.FoundValue ?? "null"}")}");
                    }
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static object Share(TimeMlShare share) => new { share.Gold, share.Found, Share = Math.Round(share.Share, 4) };

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
