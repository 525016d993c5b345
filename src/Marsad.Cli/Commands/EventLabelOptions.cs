using System.CommandLine;
using Marsad.Training.Stories.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary>The hand-labelled events a story command scores or learns from: <c>--events</c> and <c>--near-misses</c>.</summary>
internal sealed class EventLabelOptions
{
    public Option<string[]> Events { get; } = new("--events")
    {
        Description = "Event files: event_id, split, kind, date, description, article ids (comma-separated), tab-separated.",
        AllowMultipleArgumentsPerToken = true,
        Required = true,
        HelpName = "FILE",
    };

    public Option<string[]> NearMisses { get; } = new("--near-misses")
    {
        Description = "Near-miss files: pair_id, split, kind, date, article A, article B (same day and kind, different events).",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "FILE",
    };

    public void AddTo(Command command)
    {
        command.Add(Events);
        command.Add(NearMisses);
    }

    /// <summary>The labels, or null (told) when a file is missing.</summary>
    /// <exception cref="UsageException">A file is malformed (its error names the file and line).</exception>
    public EventGold? Read(ParseResult parse, CliConsole console)
    {
        string[] eventFiles = parse.GetValue(Events) ?? [];
        string[] missFiles = parse.GetValue(NearMisses) ?? [];
        if (!InputFile.AllExist(console, [.. eventFiles, .. missFiles]))
        {
            return null;
        }
        try
        {
            return EventGold.Read(eventFiles, missFiles);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
