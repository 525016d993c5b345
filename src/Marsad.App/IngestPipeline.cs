using System.Diagnostics;
using Marsad.Core.Documents;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.App;

/// <summary>
/// Read → clean → store and index. Reading is sequential I/O; cleaning is pure, so it runs on all
/// cores; writing is one batch (one transaction) at a time. Input order is kept so that ids and
/// "first seen" stay deterministic. A bad input is reported to the run's <see cref="RunObserver"/>
/// and the rest goes on; a batch is stored whole or not at all, so a kill mid-run loses at most
/// the batch in flight and never leaves half of one. Immutable: one instance serves every run.
/// </summary>
public sealed class IngestPipeline(ArticleReader reader, int batchSize = 500)
{
    /// <summary>Standard input is named by this path.</summary>
    public const string StandardInput = RawInputs.StandardInput;

    /// <param name="paths">Files and folders, in order; <see cref="StandardInput"/> reads <paramref name="openStandardInput"/> in its place.</param>
    public async Task<IngestRun> RunAsync(IReadOnlyList<string> paths, Func<Stream> openStandardInput, Collection collection, RunObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(collection);
        observer ??= RunObserver.None;
        var clock = Stopwatch.StartNew();
        var tally = new ReadTally();
        var problems = new List<InputProblem>();
        var batch = new List<Article>(batchSize);
        int added = 0, updated = 0, unchanged = 0, handled = 0;

        async Task StoreAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }
            var result = await collection.IngestAsync(batch, cancellationToken);
            added += result.Added;
            updated += result.Updated;
            unchanged += result.Unchanged;
            batch.Clear();
            observer.Progress?.Invoke(handled);
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
                observer.Problem?.Invoke(problem);
                continue;
            }
            batch.Add(item.Article!);
            if (batch.Count >= batchSize)
            {
                await StoreAsync();
            }
        }
        await StoreAsync();
        await collection.FlushAsync(cancellationToken);
        observer.Progress?.Invoke(handled);
        return new IngestRun(added, updated, unchanged, tally.FilesRead, tally.FilesSkipped, problems, clock.Elapsed);
    }
}
