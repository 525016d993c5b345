using System.CommandLine;
using Marsad.Extraction.Entities;
using Marsad.Training.Entities.Conll;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad tag --conll FILE --model FILE</c>: tag gold CoNLL data so a scorer can compare.</summary>
internal static class TagCommand
{
    public static Command Create(CliConsole console)
    {
        var conll = new Option<string>("--conll")
        {
            Description = "Gold data: 'token TAG' lines (blank line between sentences). Output: 'token GOLD PREDICTED' lines, blank lines kept.",
            Required = true,
            HelpName = "FILE",
        };
        var model = new Option<string?>("--model")
        {
            Description = "A tagger model written by 'marsad train ner' (default: the model that ships with Marsad).",
            HelpName = "FILE",
        };
        var clusters = new Option<string?>("--clusters")
        {
            Description = "The word clusters the --model was trained with (default: the shipped clusters).",
            HelpName = "FILE",
        };
        var teacher = new Option<string?>("--teacher")
        {
            Description = "A neural teacher to tag with instead (from 'marsad train ner --neural'; needs LibTorch, see README).",
            HelpName = "FILE",
        };
        var command = new Command("tag",
            "Tag named entities in CoNLL data and print gold and predicted tags side by side, for 'marsad eval ner' or conlleval.\n" +
            "Example: marsad tag --conll ../shared/data/anercorp/test.txt > tagged.txt && marsad eval ner tagged.txt")
        {
            conll, model, clusters, teacher,
        };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(conll)!;
            var modelPath = parse.GetValue(model);
            var clusterPath = parse.GetValue(clusters);
            var teacherPath = parse.GetValue(teacher);
            if (teacherPath is not null && modelPath is not null)
            {
                throw new UsageException("Give --model or --teacher, not both.");
            }
            string[] required = [input, .. modelPath is null ? Array.Empty<string>() : [modelPath], .. clusterPath is null ? Array.Empty<string>() : [clusterPath],
                .. teacherPath is null ? Array.Empty<string>() : [teacherPath]];
            if (!InputFile.AllExist(console, required))
            {
                return ExitCodes.SomeFailed;
            }
            EntityRecognizer recognizer;
            try
            {
                recognizer = teacherPath is not null ? TeacherRecognizer.Load(teacherPath)
                    : modelPath is null ? EntityRecognizer.LoadShipped() : Load(modelPath, clusterPath);
            }
            catch (InvalidDataException e)
            {
                console.Error.WriteLine($"marsad: {modelPath}: not a Marsad NER model ({e.Message})");
                return ExitCodes.SomeFailed;
            }
            try
            {
                using var reader = new StreamReader(input);
                var sentences = ConllReader.Read(reader, ConllColumns.TokenTag).ToList();
                var labels = LabelMap(sentences);
                // The file is one document stream (ANERcorp keeps its articles in order), as the tagger's second pass expects.
                IReadOnlyList<string>[] document = [.. sentences.Select(sentence => (IReadOnlyList<string>)[.. sentence.Tokens.Select(t => t.Text)])];
                // Timed in processor time, not wall time, so a busy machine does not distort the figure.
                using var process = System.Diagnostics.Process.GetCurrentProcess();
                var before = process.TotalProcessorTime;
                var predictions = recognizer.Tagger.Tag(document);
                process.Refresh();
                double cold = (process.TotalProcessorTime - before).TotalSeconds;
                before = process.TotalProcessorTime;
                for (int pass = 0; pass < 3; pass++)
                {
                    recognizer.Tagger.Tag(document);
                }
                process.Refresh();
                double warm = (process.TotalProcessorTime - before).TotalSeconds / 3;
                var tagged = sentences.Select((sentence, n) =>
                    new ConllSentence([.. sentence.Tokens.Select((t, i) => t with { Predicted = labels(predictions[n][i]) })]));
                int tokenCount = sentences.Sum(s => s.Tokens.Count);
                console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"tagged {tokenCount:N0} tokens with {recognizer.Version}, one thread: {tokenCount / Math.Max(cold, 1e-9):N0} tokens per CPU-second on the first pass (words new), {tokenCount / Math.Max(warm, 1e-9):N0} again (words cached)"));
                ConllWriter.Write(console.Out, tagged);
            }
            catch (ConllFormatException e)
            {
                console.Error.WriteLine($"marsad: {input}: {e.Message}");
                return ExitCodes.SomeFailed;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static EntityRecognizer Load(string modelPath, string? clusterPath)
    {
        using var file = File.OpenRead(modelPath);
        using Stream clusterFile = clusterPath is null ? EntityRecognizer.OpenShippedClusters() : File.OpenRead(clusterPath);
        return EntityRecognizer.Load(file, clusterFile);
    }

    /// <summary>Writes predictions in the input's own label set: PER where the gold data says PER, PERS where it says PERS.</summary>
    private static Func<string, string> LabelMap(List<ConllSentence> sentences)
    {
        var gold = sentences.SelectMany(s => s.Tokens).Select(t => t.Gold).Where(g => g.Length > 2).Select(g => g[2..]).ToHashSet(StringComparer.Ordinal);
        return tag =>
        {
            if (tag.Length <= 2 || gold.Contains(tag[2..]))
            {
                return tag;
            }

            string alias = tag[2..] switch { "PERS" => "PER", "PER" => "PERS", _ => tag[2..] };
            return gold.Contains(alias) ? tag[..2] + alias : tag;
        };
    }
}
