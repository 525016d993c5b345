using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Marsad.Core.Documents;
using Marsad.Search.Analysis;
using Marsad.Search.Indexing;

namespace Marsad.Search.Lucene;

internal sealed partial class LuceneSearchIndex
{
    /// <summary>Below this many articles a batch is indexed on the calling thread alone.</summary>
    private const int ParallelThreshold = 64;

    public ValueTask UpsertAsync(IEnumerable<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        Upsert(articles, cancellationToken);
        return ValueTask.CompletedTask;
    }

    private void Upsert(IEnumerable<Article> articles, CancellationToken cancellationToken)
    {
        // The last version of an id wins, as if applied in order: the parallel loop below has no order.
        var latest = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            latest[article.Id] = article;
        }
        if (latest.Count == 0)
        {
            return;
        }
        var batch = latest.Values.ToArray();
        lock (_writeGate)
        {
            _stale = true;
            if (batch.Length < ParallelThreshold || _options.IndexingThreads <= 1)
            {
                Index(batch, 0, batch.Length, cancellationToken);
                return;
            }
            // Analysis is most of the cost of indexing and IndexWriter takes documents from many
            // threads at once, so a batch is split across the cores.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.IndexingThreads, CancellationToken = cancellationToken };
            var chunk = Math.Max(16, batch.Length / (_options.IndexingThreads * 4));
            Parallel.ForEach(Partitioner.Create(0, batch.Length, chunk), parallel, range => Index(batch, range.Item1, range.Item2, cancellationToken));
        }
    }

    private void Index(Article[] batch, int from, int to, CancellationToken cancellationToken)
    {
        if (!_builders.TryTake(out var builder))
        {
            builder = new DocumentBuilder(storeText: _options.TextSource is null);
        }
        try
        {
            for (var i = from; i < to; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _writer.UpdateDocument(new Term(IndexFields.Id, batch[i].Id), builder.Build(batch[i]));
            }
        }
        finally
        {
            _builders.Add(builder);
        }
    }

    public ValueTask DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_writeGate)
        {
            _writer.DeleteDocuments(new Term(IndexFields.Id, id));
            _stale = true;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteAllAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_writeGate)
        {
            _writer.DeleteAll();
            _stale = true;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask CommitAsync(IndexCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_writeGate)
        {
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [StoreKey] = checkpoint.StoreId,
                [SeqKey] = checkpoint.Seq.ToString(CultureInfo.InvariantCulture),
                [AnalysisKey] = SearchAnalysis.Version,
            });
            _writer.Commit();
            Checkpoint = checkpoint;
        }
        return ValueTask.CompletedTask;
    }
}
