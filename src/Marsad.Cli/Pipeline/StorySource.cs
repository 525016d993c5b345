using Marsad.Cli.Commands;
using Marsad.Extraction.Analysis;
using Marsad.Extraction.Analysis.Contract;
using Marsad.Ingest;
using Marsad.Stories;

namespace Marsad.Cli.Pipeline;

/// <summary>
/// Where the collection commands (<c>brief</c>, <c>why</c>, <c>search --entity</c>) get their
/// story: the articles at the given paths, analysed now and stored nowhere; or, without paths,
/// every analysed article of the store (<c>--db</c>, else the default one). A stored analysis that
/// cannot be read is reported by id and left out; the rest goes on.
/// </summary>
internal static class StorySource
{
    public static StoryAnalysis Load(CliConsole console, System.CommandLine.ParseResult parse, string[] paths, ArticleReader reader, StoryOptions options, CancellationToken cancellationToken)
    {
        var analyses = new List<ArticleAnalysis>();
        if (paths.Length > 0)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var pipeline = new AnalyzePipeline(reader, ArticleAnalyzer.Default, collection: null);
            pipeline.Problem += p => console.Error.WriteLine($"marsad: {p}");
            pipeline.Run(paths, console.OpenInput, a =>
            {
                if (ids.Add(a.Article.Id))
                {
                    analyses.Add(a);
                }
            }, cancellationToken);
        }
        else
        {
            using var collection = StoreOpener.Open(parse);
            collection.ForEachAnalysis(stored =>
            {
                try
                {
                    analyses.Add(StoredAnalysisJson.Read(stored.Json));
                }
                catch (InvalidDataException e)
                {
                    console.Error.WriteLine($"marsad: stored analysis of {stored.DocumentId}: {e.Message}; left out");
                }
            }, cancellationToken);
            if (analyses.Count == 0)
            {
                throw new UsageException($"{collection.Paths.DatabasePath} holds no analysed articles: run 'marsad --db {collection.Paths.DatabasePath} analyze PATH...' first, or name the articles here.");
            }
        }
        return new StoryBuilder(options).Build(analyses);
    }
}
