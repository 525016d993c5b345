using System.Diagnostics;
using Marsad.Text;
using Marsad.Core.Contract;
using Marsad.Core.Digests;
using Marsad.Core.Documents;
using Marsad.Extraction.Analysis;
using Marsad.Extraction.Digests;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.App;

/// <summary>
/// Read → clean → analyse → hand each analysis, in input order, to the caller (a contract file,
/// the screen) and, with a collection, store article, analysis and its digest (what the story
/// stages read from it, <see cref="DigestBuilder"/>) together in batches. Cleaning
/// and analysis are pure and run on all cores; an article whose analysis fails is reported like
/// a bad input and the batch goes on. Immutable: one instance serves every run.
/// </summary>
public sealed class AnalyzePipeline(ArticleReader reader, ArticleAnalyzer analyzer, int batchSize = 500)
{
    public ArticleAnalyzer Analyzer => analyzer;

    /// <param name="paths">Files and folders, in order; <see cref="IngestPipeline.StandardInput"/> reads <paramref name="openStandardInput"/> in its place.</param>
    /// <param name="consume">Hears every article's digest, carrying its whole analysis (<see cref="DocumentDigest.Analysis"/>), in input order, on the calling thread.</param>
    /// <param name="collection">Where to store articles and analyses; null to store nothing.</param>
    public async Task<AnalyzeRun> RunAsync(
        IReadOnlyList<string> paths,
        Func<Stream> openStandardInput,
        Action<DocumentDigest> consume,
        Collection? collection = null,
        RunObserver? observer = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(consume);
        observer ??= RunObserver.None;
        var clock = Stopwatch.StartNew();
        var tally = new ReadTally();
        var problems = new List<InputProblem>();
        var articles = new List<Article>(batchSize);
        var analyses = new List<StoredAnalysis>(batchSize);
        int analyzed = 0, stored = 0, handled = 0;
        string generator = Describe(analyzer.Generator);

        async Task StoreAsync()
        {
            if (collection is not null && articles.Count > 0)
            {
                await collection.IngestAsync(articles, cancellationToken);
                stored += await collection.SaveAnalysesAsync(analyses, cancellationToken);
            }
            articles.Clear();
            analyses.Clear();
            observer.Progress?.Invoke(handled);
        }

        var results = RawInputs.Read(reader, paths, openStandardInput, tally, cancellationToken)
            .AsParallel()
            .AsOrdered()
            .WithCancellation(cancellationToken)
            .Select(raw => Analyze(reader.Cleaner.Clean(raw)));
        foreach (var (digest, json, problem) in results)
        {
            handled++;
            if (problem is not null)
            {
                problems.Add(problem);
                observer.Problem?.Invoke(problem);
                continue;
            }
            analyzed++;
            consume(digest!);
            if (collection is not null)
            {
                Article article = digest!.Article;
                articles.Add(article);
                analyses.Add(new StoredAnalysis(article.Id, article.ComputeContentHash(), generator, json!.Value.Analysis, json.Value.Digest));
            }
            if (articles.Count >= batchSize || (collection is null && handled % batchSize == 0))
            {
                await StoreAsync();
            }
        }
        await StoreAsync();
        if (collection is not null)
        {
            await collection.FlushAsync(cancellationToken);
        }
        return new AnalyzeRun(analyzed, stored, tally.FilesRead, problems, clock.Elapsed);

        (DocumentDigest? Digest, (string Analysis, string Digest)? Json, InputProblem? Problem) Analyze(IngestItem item)
        {
            if (item.Problem is { } problem)
            {
                return (null, null, problem);
            }
            var article = item.Article!;
            try
            {
                // The text is read once, for the analysis and its digest; the digest is built once,
                // for the store and for whoever hears it.
                var read = AnalyzedText.Of(article.Text);
                var analysis = analyzer.Analyze(article, read);
                var digest = DigestBuilder.Build(analysis, read);
                return (digest, collection is null ? null : (StoredAnalysisJson.Write(analysis, analyzer.Generator), DigestJson.Write(digest)), null);
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
