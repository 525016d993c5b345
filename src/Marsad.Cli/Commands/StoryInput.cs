using System.CommandLine;
using Marsad.App;
using Marsad.Core.Contract;
using Marsad.Core.Digests;
using Marsad.Core.Stories;
using Marsad.Ingest;
using Marsad.Store;
using Marsad.Stories;
using Marsad.Stories.Resolution;

namespace Marsad.Cli.Commands;

/// <summary>
/// What a story command (<c>brief</c>, <c>why</c>, <c>search --entity</c>) works on: the articles
/// at the given paths, analysed, digested and joined now; or, without paths, every analysed
/// article of the store (<c>--db</c>, else the default one), whose story the store keeps
/// (<see cref="StoredStory"/>: read when current, built and kept when not). The work is
/// <see cref="StorySource"/>'s and <see cref="StoredStory"/>'s; this says it in the CLI's words.
/// </summary>
internal static class StoryInput
{
    /// <summary>The digests of the articles at <paramref name="paths"/>, analysed now.</summary>
    public static async Task<List<DocumentDigest>> DigestsAsync(CliConsole console, string[] paths, IngestOptions reading, CancellationToken cancellationToken)
    {
        // Built here, once for the process, and only when articles are to be analysed: reading a
        // store needs no models.
        var pipeline = new AnalysisPipelineBuilder().WithIngestOptions(reading).Build();
        return await StorySource.FromPathsAsync(pipeline.Analyze, paths, console.OpenInput, p => console.Error.WriteLine($"marsad: {p}"), cancellationToken);
    }

    /// <summary>The actors of the articles at <paramref name="paths"/> or, with none, of the store; and how many articles they were read from.</summary>
    public static async Task<(EntityResolution Actors, int Articles)> ActorsAsync(CliConsole console, ParseResult parse, string[] paths, IngestOptions? reading, StoryOptions options, CancellationToken cancellationToken)
    {
        if (paths.Length > 0 && reading is not null)
        {
            var digests = await DigestsAsync(console, paths, reading, cancellationToken);
            return (new StoryBuilder(options).Resolve(digests), digests.Count);
        }
        await using var collection = await StoreOpener.OpenAsync(parse, cancellationToken);
        StorySnapshot story = await StoredStory.ReadAsync(collection, options, [StorySnapshotJson.Entities], LeftOut(console), cancellationToken);
        NotEmpty(collection, story.Documents.Count);
        return (new EntityResolution(story.Entities, [.. story.Documents.Select(d => d.Entities)]), story.Documents.Count);
    }

    /// <summary>Told of a stored article the story leaves out.</summary>
    public static Action<string, string> LeftOut(CliConsole console) =>
        (id, reason) => console.Error.WriteLine($"marsad: stored analysis of {id}: {reason}; left out");

    /// <param name="articles">How many articles the store's story holds.</param>
    /// <exception cref="UsageException">The store holds no analysed articles.</exception>
    public static void NotEmpty(Collection collection, int articles)
    {
        if (articles == 0)
        {
            throw new UsageException($"{collection.Paths.DatabasePath} holds no analysed articles: run 'marsad --db {collection.Paths.DatabasePath} analyze PATH...' first, or name the articles here.");
        }
    }
}
