using System.Diagnostics;
using Marsad.Core.Analysis;
using Marsad.Core.Contract;
using Marsad.Core.Documents;
using Marsad.Extraction.Analysis;
using Marsad.Extraction.Digests;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.Cli.Pipeline;

/// <summary>
/// Read → clean → analyse → hand each analysis, in input order, to the caller (a contract file,
/// the screen) and, with a collection, store article, analysis and its digest (what the story
/// stages read from it, <see cref="DigestBuilder"/>) together in batches. Cleaning
/// and analysis are pure and run on all cores; an article whose analysis fails is reported like
/// a bad input and the batch goes on.
/// </summary>
internal sealed class AnalyzePipeline(ArticleReader reader, ArticleAnalyzer analyzer, Collection? collection, int batchSize = 500)
{
    public event Action<InputProblem>? Problem;

    public event Action<int>? Progress;

    public AnalyzeRun Run(IReadOnlyList<string> paths, Func<Stream> openStandardInput, Action<DocumentAnalysis> consume, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var tally = new ReadTally();
        var problems = new List<InputProblem>();
        var articles = new List<Article>(batchSize);
        var analyses = new List<StoredAnalysis>(batchSize);
        int analyzed = 0, stored = 0, handled = 0;
        string generator = Describe(analyzer.Generator);

        void Store()
        {
            if (collection is not null && articles.Count > 0)
            {
                collection.Ingest(articles, cancellationToken);
                stored += collection.SaveAnalyses(analyses, cancellationToken);
            }
            articles.Clear();
            analyses.Clear();
            Progress?.Invoke(handled);
        }

        var results = RawInputs.Read(reader, paths, openStandardInput, tally, cancellationToken)
            .AsParallel()
            .AsOrdered()
            .WithCancellation(cancellationToken)
            .Select(raw => Analyze(reader.Cleaner.Clean(raw)));
        foreach (var (analysis, json, problem) in results)
        {
            handled++;
            if (problem is not null)
            {
                problems.Add(problem);
                Problem?.Invoke(problem);
                continue;
            }
            analyzed++;
            consume(analysis!);
            if (collection is not null)
            {
                articles.Add(analysis!.Article);
                analyses.Add(new StoredAnalysis(analysis.Article.Id, analysis.Article.ComputeContentHash(), generator, json!.Value.Analysis, json.Value.Digest));
            }
            if (articles.Count >= batchSize || (collection is null && handled % batchSize == 0))
            {
                Store();
            }
        }
        Store();
        collection?.Flush();
        return new AnalyzeRun(analyzed, stored, tally.FilesRead, problems, clock.Elapsed);

        (DocumentAnalysis? Analysis, (string Analysis, string Digest)? Json, InputProblem? Problem) Analyze(IngestItem item)
        {
            if (item.Problem is { } problem)
            {
                return (null, null, problem);
            }
            var article = item.Article!;
            try
            {
                var analysis = analyzer.Analyze(article);
                return (analysis, collection is null ? null : (StoredAnalysisJson.Write(analysis, analyzer.Generator), DigestJson.Write(DigestBuilder.Build(analysis))), null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug met by one article must not cost the user the rest of the batch; it is
                // reported with the article's source so it can be reproduced.
                return (null, null, new InputProblem(article.Source, $"analysis failed: {e.GetType().Name}: {e.Message}"));
            }
        }
    }

    private static string Describe(GeneratorStamp generator) =>
        $"{generator.Name} {generator.Version}; " + string.Join("; ", generator.Models.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key} {m.Value}"));
}
