using System.CommandLine;
using System.Text;
using Marsad.Cli.Output;
using Marsad.Training.Stories;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train places</c>: rebuild the table of which place lies within which, from the gazetteers.</summary>
internal static class TrainPlacesCommand
{
    public static Command Create(CliConsole console)
    {
        var gazetteers = new Option<string>("--gazetteers")
        {
            Description = "The folder with countries-ar.tsv and world-cities-ar.csv (../shared/data/gazetteers).",
            Required = true,
            HelpName = "DIR",
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write the table. The shipped one is src/Marsad.Stories/Resources/places-within-ar.tsv.",
            Required = true,
            HelpName = "FILE",
        };
        var command = new Command("places",
            "Derive which city lies within which country from the gazetteers, for telling a district or city from a place elsewhere.\n" +
            "Example: marsad train places --gazetteers ../shared/data/gazetteers --out src/Marsad.Stories/Resources/places-within-ar.tsv")
        {
            gazetteers, output,
        };
        command.SetAction(parse =>
        {
            string folder = parse.GetValue(gazetteers)!;
            string countries = Path.Combine(folder, "countries-ar.tsv"), cities = Path.Combine(folder, "world-cities-ar.csv");
            if (!InputFile.AllExist(console, countries, cities))
            {
                return ExitCodes.SomeFailed;
            }
            string path = parse.GetValue(output)!;
            (string text, int rows) = PlaceTableBuilder.Build(countries, cities);
            AtomicFile.Write(path, stream =>
            {
                stream.Write(new UTF8Encoding(false).GetBytes(text));
                return path;
            });
            console.Out.WriteLine($"{rows} places written to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
