using Marsad.Cli.Commands;
using Marsad.Core.Analysis;
using Marsad.Core.Contract;
using Marsad.Core.Stories;
using Marsad.Core.Digests;
using Marsad.Extraction.Analysis;
using Marsad.Extraction.Digests;
using Marsad.Ingest;
using Marsad.Store;
using Marsad.Stories;

namespace Marsad.Cli.Pipeline;

/// <summary>
/// Where the collection commands (<c>analyze</c>, <c>brief</c>, <c>why</c>, <c>search --entity</c>)
/// get their story: the articles at the given paths, analysed now and digested; or, without
/// paths, every analysed article of the store (<c>--db</c>, else the default one) as its stored
/// digest — an analysis stored before digests is digested now (not written back: reading never
/// writes; <c>analyze</c> again stores them). A stored digest or analysis that cannot be read is
/// reported by id and left out; the rest goes on.
/// </summary>
internal static class StorySource
{
    public static StoryAnalysis Load(CliConsole console, System.CommandLine.ParseResult parse, string[] paths, ArticleReader reader, StoryOptions options, CancellationToken cancellationToken) =>
        new StoryBuilder(options).Build(Digests(console, parse, paths, reader, cancellationToken));

    /// <summary>The digests of the articles at <paramref name="paths"/>, or of every analysed article of the store when there are none.</summary>
    public static List<DocumentDigest> Digests(CliConsole console, System.CommandLine.ParseResult parse, string[] paths, ArticleReader? reader, CancellationToken cancellationToken)
    {
        if (paths.Length == 0 || reader is null)
        {
            return FromStore(console, parse, cancellationToken);
        }
        var pipeline = new AnalyzePipeline(reader, ArticleAnalyzer.Default, collection: null);
        pipeline.Problem += p => console.Error.WriteLine($"marsad: {p}");
        return Digest(Gather(pipeline, paths, console, cancellationToken).Analyses);
    }

    /// <summary>Each analysis's digest, on all cores, in input order; each carries its analysis.</summary>
    public static List<DocumentDigest> Digest(IReadOnlyList<DocumentAnalysis> analyses)
    {
        var digests = new DocumentDigest[analyses.Count];
        Parallel.For(0, analyses.Count, i => digests[i] = DigestBuilder.Build(analyses[i]));
        return [.. digests];
    }

    /// <summary>
    /// Runs the pipeline and keeps every analysis: resolution, duplicates and stories need all the
    /// articles before any id is final. A document whose id repeats an earlier one is left out,
    /// since ids are unique in a collection. Problems go to the pipeline's own listeners.
    /// </summary>
    public static (List<DocumentAnalysis> Analyses, AnalyzeRun Run) Gather(AnalyzePipeline pipeline, string[] paths, CliConsole console, CancellationToken cancellationToken)
    {
        var analyses = new List<DocumentAnalysis>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        AnalyzeRun run = pipeline.Run(paths, console.OpenInput, a =>
        {
            if (ids.Add(a.Article.Id))
            {
                analyses.Add(a);
            }
        }, cancellationToken);
        return (analyses, run);
    }

    /// <summary>Stored digests parsed together, on all cores: parsing, not reading, is most of the time, and a batch bounds what waits in memory as text.</summary>
    private const int ParseBatch = 512;

    private static List<DocumentDigest> FromStore(CliConsole console, System.CommandLine.ParseResult parse, CancellationToken cancellationToken)
    {
        var digests = new List<DocumentDigest>();
        var batch = new List<StoredDigest>(ParseBatch);
        void Parse()
        {
            var parsed = new DocumentDigest?[batch.Count];
            var errors = new string?[batch.Count];
            Parallel.For(0, batch.Count, i =>
            {
                try
                {
                    StoredDigest stored = batch[i];
                    parsed[i] = (stored.Digest is { } json ? DigestJson.Read(json, stored.Text) : null)
                        ?? (stored.Analysis is { } analysis ? WithoutAnalysis(DigestBuilder.Build(StoredAnalysisJson.Read(analysis))) : null)
                        ?? throw new InvalidDataException("a digest of another version, and no analysis beside it");
                }
                catch (InvalidDataException e)
                {
                    errors[i] = e.Message;
                }
            });
            // In store order, so the collection (and its ids) is the same however the batch was parsed.
            for (int i = 0; i < batch.Count; i++)
            {
                if (parsed[i] is { } digest)
                {
                    digests.Add(digest);
                }
                else
                {
                    console.Error.WriteLine($"marsad: stored analysis of {batch[i].DocumentId}: {errors[i]}; left out");
                }
            }
            batch.Clear();
        }

        using (var collection = StoreOpener.Open(parse))
        {
            collection.ForEachDigest(stored =>
            {
                batch.Add(stored);
                if (batch.Count == ParseBatch)
                {
                    Parse();
                }
            }, cancellationToken);
            Parse();
            if (digests.Count == 0)
            {
                throw new UsageException($"{collection.Paths.DatabasePath} holds no analysed articles: run 'marsad --db {collection.Paths.DatabasePath} analyze PATH...' first, or name the articles here.");
            }
        }
        return digests;
    }

    /// <summary>A digest read from a store is the same whether it was stored or built now: neither carries the whole analysis.</summary>
    private static DocumentDigest WithoutAnalysis(DocumentDigest digest) => digest with { Analysis = null };
}
