using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Marsad.Cli.Output;
using Marsad.Training.Corpora;
using Marsad.Training.Entities.Names;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train names</c>: mine multi-word organisation, facility and district names from unlabelled news.</summary>
internal static class TrainNamesCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Unlabelled articles with their outlets: JSON Lines corpora (.jsonl or .jsonl.gz).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FILE",
        };
        var output = new Option<string>("--out") { Description = "Where to write the names (TSV), for 'marsad train ner --names'.", Required = true, HelpName = "FILE" };
        var minCount = new Option<int>("--min-count") { Description = "The fewest occurrences a name needs (default 5).", DefaultValueFactory = _ => NameMiningOptions.Default.MinCount, HelpName = "N" };
        var minOutlets = new Option<int>("--min-outlets") { Description = "The fewest outlets that must write it (default 2).", DefaultValueFactory = _ => NameMiningOptions.Default.MinOutlets, HelpName = "N" };
        var command = new Command("names",
            "Mine multi-word names headed by words such as قاعدة, حشد, كتائب, وكالة, مدينة (قاعدة عين الأسد, الحشد الشعبي) that recur across outlets; the NER taggers take them as a lexicon feature.\n" +
            "Example: marsad train names --corpus ../shared/corpus/ant-multisource-2018.jsonl.gz --out /tmp/names.tsv")
        {
            corpus, output, minCount, minOutlets,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            string[] paths = parse.GetValue(corpus)!;
            var options = NameMiningOptions.Default with { MinCount = parse.GetValue(minCount), MinOutlets = parse.GetValue(minOutlets) };
            if (options.MinCount < 1 || options.MinOutlets < 1)
            {
                throw new UsageException("--min-count and --min-outlets must be 1 or more.");
            }
            if (!InputFile.AllExist(console, paths))
            {
                return Task.FromResult(ExitCodes.SomeFailed);
            }
            var articles = UnlabelledArticles.Read(paths, cancellationToken)
                .Where(document => document.Outlet is not null)
                .Select(document => (document.Outlet!, document.Body));
            IReadOnlyList<MinedName> names = NameMiner.Mine(articles, options, console.Error);
            string path = parse.GetValue(output)!;
            string[] comments =
            [
                "Multi-word names mined by Marsad from unlabelled news (counts and outlets seen), rebuilt by:",
                "marsad train names --corpus " + string.Join(' ', paths.Select(Path.GetFileName)) +
                    string.Create(CultureInfo.InvariantCulture, $" --min-count {options.MinCount} --min-outlets {options.MinOutlets}"),
            ];
            AtomicFile.Write(path, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                MinedNameFile.Write(writer, names, comments);
                return path;
            });
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names.Count:N0} names written to {path} ({clock.Elapsed.TotalSeconds:0.0} s)"));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
