using System.CommandLine;
using Marsad.Stories;
using Marsad.Stories.Resolution;

namespace Marsad.Cli.Commands;

/// <summary>
/// What the user adds to a story analysis (<c>analyze</c>, <c>brief</c>, <c>why</c>): their alias
/// table, their corrections file and the central question. A new instance per command, since an
/// option belongs to one command.
/// </summary>
internal sealed class StoryArguments
{
    public Option<string[]> Aliases { get; } = new("--aliases")
    {
        Description = "Extra alias tables (TSV: TYPE, then the names of one actor, tab-separated; the first is the display name), " +
                      "read after the shipped one, e.g. ORG<TAB>البنتاغون<TAB>وزارة الدفاع الأمريكية.",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "FILE",
    };

    public Option<string?> Corrections { get; } = new("--corrections")
    {
        Description = "Your corrections, applied on every analysis (TSV lines: same-as NAME NAME · not-same NAME NAME · " +
                      "type NAME PER|ORG|LOC · speaker DOCUMENT-ID QUOTE-START NAME).",
        HelpName = "FILE",
    };

    public Option<string?> Question { get; } = new("--question")
    {
        Description = "The story's central question, for the actors' positions, e.g. \"انسحاب القوات الأميركية من العراق\" " +
                      "(default: the phrase most articles put in their headlines).",
        HelpName = "TEXT",
    };

    public void AddTo(Command command)
    {
        command.Add(Aliases);
        command.Add(Corrections);
        command.Add(Question);
    }

    /// <exception cref="UsageException">A named file is missing or malformed (the message names the file and line).</exception>
    public StoryOptions Read(ParseResult parse)
    {
        string[] aliasFiles = parse.GetValue(Aliases) ?? [];
        string? correctionsFile = parse.GetValue(Corrections);
        foreach (string path in aliasFiles.Append(correctionsFile).OfType<string>())
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"{path}: no such file");
            }
        }
        try
        {
            return new StoryOptions(
                AliasTable.Load(aliasFiles),
                correctionsFile is null ? Stories.Resolution.Corrections.None : Stories.Resolution.Corrections.Load(correctionsFile),
                parse.GetValue(Question));
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
