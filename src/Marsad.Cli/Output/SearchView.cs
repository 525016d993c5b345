using System.Globalization;
using System.Text;
using Marsad.Search;

namespace Marsad.Cli.Output;

/// <summary>
/// Search results for a person: rank, title, outlet · date · id, and the snippet with its matches
/// marked — in colour on a terminal, between [brackets] when piped, so the marks survive in a file.
/// </summary>
internal static class SearchView
{
    public static void Write(CliConsole console, SearchResults results, SearchRequest request)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (results.Total == 0)
        {
            console.Out.WriteLine("No articles match.");
            return;
        }
        var last = request.Skip + results.Hits.Count;
        console.Out.WriteLine(string.Create(invariant, $"{results.Total} article{(results.Total == 1 ? "" : "s")} match; showing {request.Skip + 1}–{last}."));
        var rank = request.Skip;
        foreach (var hit in results.Hits)
        {
            rank++;
            console.Out.WriteLine();
            console.Out.WriteLine(string.Create(invariant, $"{rank,3}  {hit.Title ?? "(no title)"}"));
            var meta = string.Join(" · ", new[] { hit.Outlet, hit.Published?.DateIso, hit.Id }.Where(s => !string.IsNullOrEmpty(s)));
            console.Out.WriteLine($"     {meta}");
            console.Out.WriteLine($"     {Mark(hit.Snippet, hit.Highlights, console.OutIsTerminal)}");
        }
        if (last < results.Total)
        {
            console.Out.WriteLine();
            console.Out.WriteLine(string.Create(invariant, $"More: add --skip {last}"));
        }
    }

    /// <summary>Marks each highlighted span; spans are UTF-16 offsets into the snippet.</summary>
    internal static string Mark(string snippet, IReadOnlyList<TextSpan> highlights, bool colour)
    {
        var (open, close) = colour ? ("\u001b[1;33m", "\u001b[0m") : ("[", "]");
        var builder = new StringBuilder(snippet.Length + highlights.Count * 8);
        var at = 0;
        foreach (var span in highlights.OrderBy(s => s.Start))
        {
            if (span.Start < at || span.End > snippet.Length)
            {
                continue;
            }
            builder.Append(snippet, at, span.Start - at).Append(open).Append(snippet, span.Start, span.Length).Append(close);
            at = span.End;
        }
        builder.Append(snippet, at, snippet.Length - at);
        return builder.ToString().ReplaceLineEndings(" ");
    }
}
