using System.CommandLine;
using Marsad.Extraction.Entities.Conll;
using Marsad.Extraction.Entities.Tagging;

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
        var model = new Option<string>("--model")
        {
            Description = "The tagger model written by 'marsad train ner'.",
            Required = true,
            HelpName = "FILE",
        };
        var command = new Command("tag",
            "Tag named entities in CoNLL data and print gold and predicted tags side by side, for 'marsad eval ner' or conlleval.\n" +
            "Example: marsad tag --conll ../shared/data/anercorp/test.txt --model ner.model > tagged.txt && marsad eval ner tagged.txt")
        {
            conll, model,
        };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(conll)!;
            var modelPath = parse.GetValue(model)!;
            if (!InputFile.AllExist(console, input, modelPath))
            {
                return ExitCodes.SomeFailed;
            }
            SequenceTagger tagger;
            try
            {
                using var file = File.OpenRead(modelPath);
                tagger = SequenceTagger.Load(file);
            }
            catch (InvalidDataException e)
            {
                console.Error.WriteLine($"marsad: {modelPath}: not a Marsad tagger model ({e.Message})");
                return ExitCodes.SomeFailed;
            }
            try
            {
                using var reader = new StreamReader(input);
                var tagged = ConllReader.Read(reader, ConllColumns.TokenTag).Select(sentence =>
                {
                    var predicted = tagger.Tag([.. sentence.Tokens.Select(t => t.Text)]);
                    return new ConllSentence([.. sentence.Tokens.Select((t, i) => t with { Predicted = predicted[i] })]);
                });
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
}
