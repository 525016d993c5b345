using System.CommandLine;
using Marsad.App;
using Marsad.Core.Digests;
using Marsad.Ingest;

namespace Marsad.Cli.Commands;

/// <summary>
/// The digests a story command (<c>brief</c>, <c>why</c>, <c>search --entity</c>) works on: the
/// articles at the given paths, analysed and digested now; or, without paths, the stored digest of
/// every analysed article of the store (<c>--db</c>, else the default one). The work is <see cref="StorySource"/>'s; this says it
/// in the CLI's words.
/// </summary>
internal static class StoryInput
{
    /// <param name="reading">How to read the paths; null, like no paths, reads the store.</param>
    /// <param name="actorsOnly">Read from a store only what resolving actors needs (<see cref="StorySource.ActorsFromStoreAsync"/>): for <c>why</c> and <c>search --entity</c>.</param>
    public static async Task<List<DocumentDigest>> DigestsAsync(CliConsole console, ParseResult parse, string[] paths, IngestOptions? reading, CancellationToken cancellationToken, bool actorsOnly = false)
    {
        if (paths.Length == 0 || reading is null)
        {
            return await FromStoreAsync(console, parse, actorsOnly, cancellationToken);
        }
        // Built here, once for the process, and only when articles are to be analysed: reading a
        // store needs no models.
        var pipeline = new AnalysisPipelineBuilder().WithIngestOptions(reading).Build();
        return await StorySource.FromPathsAsync(pipeline.Analyze, paths, console.OpenInput, p => console.Error.WriteLine($"marsad: {p}"), cancellationToken);
    }

    private static async Task<List<DocumentDigest>> FromStoreAsync(CliConsole console, ParseResult parse, bool actorsOnly, CancellationToken cancellationToken)
    {
        await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
        Action<string, string> leftOut = (id, reason) => console.Error.WriteLine($"marsad: stored analysis of {id}: {reason}; left out");
        var digests = actorsOnly
            ? await StorySource.ActorsFromStoreAsync(collection, leftOut, cancellationToken)
            : await StorySource.FromStoreAsync(collection, leftOut, cancellationToken);
        if (digests.Count == 0)
        {
            throw new UsageException($"{collection.Paths.DatabasePath} holds no analysed articles: run 'marsad --db {collection.Paths.DatabasePath} analyze PATH...' first, or name the articles here.");
        }
        return digests;
    }
}
