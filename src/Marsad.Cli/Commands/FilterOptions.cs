using System.CommandLine;

namespace Marsad.Cli.Commands;

/// <summary>The outlet, date and paging options shared by <c>search</c> and <c>list</c>.</summary>
internal sealed class FilterOptions
{
    public Option<string?> Outlet { get; } = new("--outlet")
    {
        Description = "Only articles from this outlet, under any of its names (e.g. --outlet \"بي بي سي عربي\" or --outlet bbc.com).",
        HelpName = "NAME",
    };

    public Option<string?> From { get; } = new("--from")
    {
        Description = "Only articles published on or after this date: 2024-01-13, 2024-01 or 2024.",
        HelpName = "DATE",
    };

    public Option<string?> To { get; } = new("--to")
    {
        Description = "Only articles published on or before this date: 2024-01-13, 2024-01 or 2024.",
        HelpName = "DATE",
    };

    public Option<int> Skip { get; } = new("--skip")
    {
        Description = "Leave out this many results first (for paging).",
        DefaultValueFactory = _ => 0,
        HelpName = "N",
    };

    public Option<int> Take { get; }

    public FilterOptions(int defaultTake)
    {
        Take = new Option<int>("--take")
        {
            Description = $"Show at most this many results (default {defaultTake}).",
            DefaultValueFactory = _ => defaultTake,
            HelpName = "N",
        };
    }

    public void AddTo(Command command)
    {
        command.Add(Outlet);
        command.Add(From);
        command.Add(To);
        command.Add(Skip);
        command.Add(Take);
    }

    public (string? Outlet, DateOnly? From, DateOnly? To, int Skip, int Take) Read(ParseResult parse)
    {
        var from = DateArgument.ParseFrom(parse.GetValue(From), "--from");
        var to = DateArgument.ParseTo(parse.GetValue(To), "--to");
        if (from > to)
        {
            throw new UsageException("--from is later than --to.");
        }
        var skip = parse.GetValue(Skip);
        var take = parse.GetValue(Take);
        if (skip < 0 || take < 1)
        {
            throw new UsageException("--skip must be 0 or more and --take 1 or more.");
        }
        return (parse.GetValue(Outlet), from, to, skip, take);
    }
}
