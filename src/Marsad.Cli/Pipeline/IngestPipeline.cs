using System.Diagnostics;
using Marsad.Core.Documents;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.Cli.Pipeline;

/// <summary>
/// Read → clean → store and index. Reading is sequential I/O; cleaning is pure, so it runs on all
/// cores; writing is one batch (one transaction) at a time. Input order is kept so that ids and
/// "first seen" stay deterministic. A bad input is reported through <see cref="Problem"/> and the
/// rest goes on; a batch is stored whole or not at all, so a kill mid-run loses at most the batch
/// in flight and never leaves half of one. Public so that the benchmark measures ingest as
/// <c>marsad ingest</c> runs it.
/// </summary>
public sealed class IngestPipeline(ArticleReader reader, Collection collection, int batchSize = 500)
{
    /// <summary>Standard input is named by this path.</summary>
    public const string StandardInput = RawInputs.StandardInput;

    /// <summary>Called once for every input that could not become an article, as soon as it is known.</summary>
    public event Action<InputProblem>? Problem;

    /// <summary>Called after each stored batch with the number of inputs handled so far (articles and problems).</summary>
    public event Action<int>? Progress;

    public IngestRun Run(IReadOnlyList<string> paths, Func<Stream> openStandardInput, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var tally = new ReadTally();
        var problems = new List<InputProblem>();
        var batch = new List<Article>(batchSize);
        int added = 0, updated = 0, unchanged = 0, handled = 0;

        void Store()
        {
            if (batch.Count == 0)
            {
                return;
            }
            var result = collection.Ingest(batch, cancellationToken);
            added += result.Added;
            updated += result.Updated;
            unchanged += result.Unchanged;
            batch.Clear();
            Progress?.Invoke(handled);
        }

        var cleaned = RawInputs.Read(reader, paths, openStandardInput, tally, cancellationToken)
            .AsParallel()
            .AsOrdered()
            .WithCancellation(cancellationToken)
            .Select(reader.Cleaner.Clean);
        foreach (var item in cleaned)
        {
            handled++;
            if (item.Problem is { } problem)
            {
                problems.Add(problem);
                Problem?.Invoke(problem);
                continue;
            }
            batch.Add(item.Article!);
            if (batch.Count >= batchSize)
            {
                Store();
            }
        }
        Store();
        collection.Flush();
        Progress?.Invoke(handled);
        return new IngestRun(added, updated, unchanged, tally.FilesRead, tally.FilesSkipped, problems, clock.Elapsed);
    }
}
