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
        var command = new Command("search",
            "Search the stored articles.\n" +
            "Examples:\n" +
            "  marsad search \"انسحاب القوات الأمريكية\"\n" +
            "  marsad search \"\\\"التحالف الدولي\\\" السوداني\" --from 2024-01 --sort newest\n" +
            "  marsad search البنتاغون --outlet \"سكاي نيوز عربية\" --take 20 --skip 20")
        {
            query, sort,
        };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            var (outlet, from, to, skip, take) = filters.Read(parse);
            var request = new SearchRequest(parse.GetValue(query) ?? "")
            {
                Outlet = outlet,
                From = from,
                To = to,
                Skip = skip,
                Take = take,
                Sort = parse.GetValue(sort) switch
                {
                    "newest" or "date" => SearchSort.Newest,
                    "oldest" => SearchSort.Oldest,
                    _ => SearchSort.Relevance,
                },
            };
            using var collection = StoreOpener.Open(parse);
            var results = collection.Search(request);
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
