using System.CommandLine;
using Marsad.App;
using Marsad.Training.Stories.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary>
/// The hand-labelled quotes a stance command scores or learns from (<c>--labels</c>), and where
/// their texts are (<c>--seeds</c>, <c>--ant</c>, <c>--samples</c>); read as Marsad reads them.
/// </summary>
internal sealed class StanceLabelOptions
{
    private static readonly string LabelFolder = Path.Combine("tests", "Marsad.Stories.Tests", "Data", "stances");

    public Option<string[]> Labels { get; } = new("--labels")
    {
        Description = "The labelled quotes: item_id, split, source, doc, quote_start, quote_end, quote_sha1, speaker, question, stance, note (tab-separated). " +
            "Default: every .tsv file in " + LabelFolder + ".",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => Directory.Exists(LabelFolder) ? [.. Directory.GetFiles(LabelFolder, "*.tsv").Order(StringComparer.Ordinal)] : [],
        HelpName = "FILE",
    };

    public Option<string> Seeds { get; } = new("--seeds")
    {
        Description = "The folder of the seed articles ('seed' items).",
        DefaultValueFactory = _ => Path.Combine("..", "shared", "corpus", "seeds"),
        HelpName = "DIR",
    };

    public Option<string> Ant { get; } = new("--ant")
    {
        Description = "The ANT corpus, JSON Lines ('ant' items name a line by its id).",
        DefaultValueFactory = _ => Path.Combine("..", "shared", "corpus", "ant-multisource-2018.jsonl.gz"),
        HelpName = "FILE",
    };

    public Option<string> Samples { get; } = new("--samples")
    {
        Description = "The folder of the sample articles ('sample' items).",
        DefaultValueFactory = _ => "samples",
        HelpName = "DIR",
    };

    public void AddTo(Command command)
    {
        command.Add(Labels);
        command.Add(Seeds);
        command.Add(Ant);
        command.Add(Samples);
    }

    /// <summary>What Marsad reads at each labelled quote, and the items left out with why (told on stderr); null when a label file is missing.</summary>
    /// <exception cref="UsageException">A label file is malformed (its error names the file and line).</exception>
    public (List<StanceInput> Inputs, List<string> Problems)? Read(ParseResult parse, CliConsole console)
    {
        string[] files = parse.GetValue(Labels) ?? [];
        if (files.Length == 0)
        {
            throw new UsageException("no labelled quotes: give --labels FILE");
        }
        if (!InputFile.AllExist(console, files))
        {
            return null;
        }
        List<GoldStance> gold;
        try
        {
            gold = [.. files.SelectMany(StanceGold.Read)];
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
        AnalysisPipeline pipeline = new AnalysisPipelineBuilder().Build();
        var (documents, problems) = StanceDocuments.Load(gold, parse.GetValue(Seeds)!, parse.GetValue(Ant)!, parse.GetValue(Samples)!, pipeline.Reader);
        foreach (string problem in problems)
        {
            console.Error.WriteLine($"marsad: {problem}; left out");
        }
        return (StanceEvaluation.Inputs(gold, documents, pipeline.Reader.Cleaner, pipeline.Analyzer), problems);
    }
}
