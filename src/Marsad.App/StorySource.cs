using Marsad.Core.Analysis;
using Marsad.Core.Contract;
using Marsad.Core.Documents;
using Marsad.Core.Stories;
using Marsad.Store;
using Marsad.Stories;

namespace Marsad.App;

/// <summary>
/// Where the collection commands (<c>analyze</c>, <c>brief</c>, <c>why</c>, <c>search --entity</c>)
/// get their story: the articles at the given paths, analysed now; or every analysed article of a
/// store. A stored analysis that cannot be read is reported by id and left out; the rest goes on.
/// </summary>
public static class StorySource
{
    /// <summary>Stored analyses parsed together, on all cores: parsing, not reading, is most of the time, and a batch bounds what waits in memory as text.</summary>
    private const int ParseBatch = 512;

    /// <summary>The story the analyses tell.</summary>
    public static StoryAnalysis Build(IReadOnlyList<DocumentAnalysis> analyses, StoryOptions options) =>
        new StoryBuilder(options).Build(analyses);

    /// <summary>The analyses of the articles at <paramref name="paths"/>, analysed now; problems go to <paramref name="problem"/>.</summary>
    public static async Task<List<DocumentAnalysis>> FromPathsAsync(AnalyzePipeline pipeline, IReadOnlyList<string> paths, Func<Stream> openStandardInput, Action<InputProblem>? problem, CancellationToken cancellationToken = default) =>
        (await GatherAsync(pipeline, paths, openStandardInput, collection: null, new RunObserver(problem), cancellationToken)).Analyses;

    /// <summary>
    /// Runs the pipeline and keeps every analysis: resolution, duplicates and stories need all the
    /// articles before any id is final. A document whose id repeats an earlier one is left out,
    /// since ids are unique in a collection.
    /// </summary>
    /// <param name="collection">Where to store the articles and analyses as well; null to store nothing.</param>
    public static async Task<(List<DocumentAnalysis> Analyses, AnalyzeRun Run)> GatherAsync(AnalyzePipeline pipeline, IReadOnlyList<string> paths, Func<Stream> openStandardInput, Collection? collection, RunObserver? observer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var analyses = new List<DocumentAnalysis>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        AnalyzeRun run = await pipeline.RunAsync(paths, openStandardInput, a =>
        {
            if (ids.Add(a.Article.Id))
            {
                analyses.Add(a);
            }
        }, collection, observer, cancellationToken);
        return (analyses, run);
    }

    /// <summary>
    /// Every analysed article of <paramref name="collection"/>, in the order the articles were
    /// stored (so the story and its ids are the same however a batch was parsed). An analysis that
    /// does not parse goes to <paramref name="leftOut"/> (its document id and why) and is skipped.
    /// </summary>
    /// <returns>Empty when the store holds no analyses; the caller says what to do about that.</returns>
    public static async Task<List<DocumentAnalysis>> FromStoreAsync(Collection collection, Action<string, string>? leftOut, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var analyses = new List<DocumentAnalysis>();
        var batch = new List<StoredAnalysis>(ParseBatch);
        void Parse()
        {
            var parsed = new DocumentAnalysis?[batch.Count];
            var errors = new string?[batch.Count];
            Parallel.For(0, batch.Count, i =>
            {
                try
                {
                    parsed[i] = StoredAnalysisJson.Read(batch[i].Json);
                }
                catch (InvalidDataException e)
                {
                    errors[i] = e.Message;
                }
            });
            for (int i = 0; i < batch.Count; i++)
            {
                if (parsed[i] is { } analysis)
                {
                    analyses.Add(analysis);
                }
                else
                {
                    leftOut?.Invoke(batch[i].DocumentId, errors[i]!);
                }
            }
            batch.Clear();
        }

        await foreach (var stored in collection.ReadAnalysesAsync(cancellationToken))
        {
            batch.Add(stored);
            if (batch.Count == ParseBatch)
            {
                Parse();
            }
        }
        Parse();
        return analyses;
    }
}
