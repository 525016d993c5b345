using System.CommandLine;
using System.Globalization;
using Marsad.Cli.Output;
using Marsad.Store;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad list</c>: stored articles, newest first, with filters and paging.</summary>
internal static class ListCommand
{
    public static Command Create(CliConsole console)
    {
        var filters = new FilterOptions(defaultTake: 20);
        var oldest = new Option<bool>("--oldest") { Description = "Oldest first instead of newest first." };
        var command = new Command("list",
            "List stored articles, newest first.\n" +
            "Examples:\n" +
            "  marsad list --outlet العربية --from 2018-03 --to 2018-03\n" +
            "  marsad list --take 50 --skip 50")
        {
            oldest,
        };
        filters.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (outlet, from, to, skip, take) = filters.Read(parse);
            await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
            var page = await collection.ListAsync(new ListQuery
            {
                Outlet = outlet,
                From = from,
                To = to,
                Skip = skip,
                Take = take,
                Order = parse.GetValue(oldest) ? ListOrder.Oldest : ListOrder.Newest,
            }, cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(console.Out, new
                {
                    page.Total,
                    Results = page.Items.Select(i => new { i.Id, i.Title, i.Outlet, Published = i.Published?.ToString(), i.Url, i.TextLength }),
                });
                return ExitCodes.Ok;
            }
            var invariant = CultureInfo.InvariantCulture;
            console.Out.WriteLine(string.Create(invariant, $"{page.Total} article{(page.Total == 1 ? "" : "s")}; showing {(page.Items.Count == 0 ? 0 : skip + 1)}–{skip + page.Items.Count}."));
            foreach (var item in page.Items)
            {
                console.Out.WriteLine(string.Create(invariant, $"{item.Published?.DateIso ?? "(undated)",-10}  {Clip(item.Outlet ?? "—", 22),-22}  {item.Title ?? "(no title)"}"));
                console.Out.WriteLine($"{"",12}{item.Id}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
