using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Cli.Output;
using Marsad.Ingest.Furniture;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train …</c>: rebuild the resources Marsad learns from data.</summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("train", "Rebuild a learned resource from corpora (for maintainers; the built resources ship with Marsad).");
        command.Add(CreateFurniture(console));
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
            var temporary = path + ".tmp";
            FurnitureTrainingResult result;
            try
            {
                using var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false));
                result = FurnitureTrainer.Train(parse.GetValue(corpus)!, writer, cancellationToken: cancellationToken);
            }
            catch
            {
                File.Delete(temporary);
                throw;
            }
            // Written aside and moved into place, so an interrupted run never leaves half a model.
            File.Move(temporary, path, overwrite: true);
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
