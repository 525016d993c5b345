using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Search;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad search QUERY</c>: Arabic-aware full-text search with filters and paging.</summary>
internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("QUERY")
        {
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "",
            Description = "What to look for. Words match in any form (السوداني finds والسوداني); \"quoted words\" match as a phrase; " +
                          "-word leaves out articles with it; a OR b matches either. An empty query \"\" lists everything that passes the filters.",
        };
        var filters = new FilterOptions(defaultTake: 10);
        var sort = new Option<string>("--sort")
        {
            Description = "Order of results: relevance (default), newest or oldest.",
            DefaultValueFactory = _ => "relevance",
            HelpName = "ORDER",
        };
        sort.AcceptOnlyFromAmong("relevance", "newest", "oldest", "date");
        var entity = new Option<string?>("--entity")
        {
            Description = "Only articles that name this actor under any of its names (السوداني finds محمد شياع السوداني; البنتاغون finds " +
                          "وزارة الدفاع الأمريكية), as the analysed articles resolve it. Needs articles stored with 'marsad --db STORE analyze'.",
            HelpName = "NAME",
        };
        var story = new StoryArguments();
        var command = new Command("search",
            "Search the stored articles.\n" +
            "Examples:\n" +
            "  marsad search \"انسحاب القوات الأمريكية\"\n" +
            "  marsad search \"\\\"التحالف الدولي\\\" السوداني\" --from 2024-01 --sort newest\n" +
            "  marsad search البنتاغون --outlet \"سكاي نيوز عربية\" --take 20 --skip 20\n" +
            "  marsad search --entity السوداني --sort newest")
        {
            query, sort, entity,
        };
        filters.AddTo(command);
        command.Add(story.Aliases);
        command.Add(story.Corrections);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (outlet, from, to, skip, take) = filters.Read(parse);
            IReadOnlyCollection<string>? documents = null;
            if (parse.GetValue(entity) is { Length: > 0 } name)
            {
                var (resolution, articles) = await StoryInput.ActorsAsync(console, parse, [], null, story.Read(parse), cancellationToken);
                var actors = resolution.Find(name);
                if (actors.Count == 0)
                {
                    console.Error.WriteLine($"marsad: no actor named '{name}' in the {articles} analysed articles");
                    return ExitCodes.SomeFailed;
                }
                documents = actors.SelectMany(a => a.Documents).ToHashSet(StringComparer.Ordinal);
                if (!parse.GetValue(GlobalOptions.Json))
                {
                    console.Out.WriteLine($"{string.Join(" · ", actors.Select(a => $"{a.Name} ({a.Id}{(a.Aliases.Count > 0 ? ": " + string.Join("، ", a.Aliases.Take(5)) : "")})"))}: {documents.Count} article{(documents.Count == 1 ? "" : "s")}");
                }
            }
            var request = new SearchRequest(parse.GetValue(query) ?? "")
            {
                Outlet = outlet,
                From = from,
                To = to,
                Skip = skip,
                Take = take,
                Documents = documents,
                Sort = parse.GetValue(sort) switch
                {
                    "newest" or "date" => SearchSort.Newest,
                    "oldest" => SearchSort.Oldest,
                    _ => SearchSort.Relevance,
                },
            };
            await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
            var results = await collection.SearchAsync(request, cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                console.Out.WriteLine(SearchResultsJson.ToJson(results));
            }
            else
            {
                SearchView.Write(console, results, request);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
