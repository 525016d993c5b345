using Marsad.Core.Documents;
using Marsad.Search;

namespace Marsad.Store;

public sealed partial class Collection
{
    /// <summary>Indexing of the last ingested batch, running while the caller prepares and stores the next.</summary>
    private volatile Task _indexing = Task.CompletedTask;

    /// <summary>Why indexing a batch failed, kept until the next write reports it.</summary>
    private Exception? _indexingFailure;

    /// <summary>
    /// The checkpoint never passes a batch whose indexing failed, even once later batches are
    /// indexed: the next open must replay from before it.
    /// </summary>
    private long _replayFloor = long.MaxValue;

    /// <summary>
    /// Stores a batch in one transaction (all of it or, if anything fails or the token fires,
    /// none of it), then indexes what was added or changed. Unchanged articles cost one lookup.
    /// Indexing runs in the background while the next batch is stored: at most one batch is
    /// ever behind, and <see cref="SearchAsync"/> waits for it. If indexing a batch fails, the next
    /// write throws, before it stores anything; the stored batch is safe either way and is
    /// indexed again when the collection is next opened.
    /// </summary>
    public async Task<IngestResult> IngestAsync(IReadOnlyList<Article> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            await ThrowIfIndexingFailedAsync();
            var results = await _store.UpsertAsync(batch, cancellationToken);
            // Only now wait for the previous batch's indexing, which ran while this one was stored;
            // a failure of it is kept for the next write, as this batch is stored already.
            await SettleIndexingAsync();
            var changed = new List<Article>();
            var (first, last) = (long.MaxValue, 0L);
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Outcome != UpsertOutcome.Unchanged)
                {
                    changed.Add(batch[i]);
                    first = Math.Min(first, results[i].Seq);
                    last = Math.Max(last, results[i].Seq);
                }
            }
            if (changed.Count > 0)
            {
                // The store has committed: from here on the batch is safe whatever happens, and
                // the index only has to follow. No token: there is no reason to leave it half done.
                // A thread of its own, as the embedded index does its work synchronously.
                _indexing = Task.Run(() => IndexBatchAsync(changed, first, last), CancellationToken.None);
            }
            return new IngestResult(results);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Removes the article from the store and the index.</summary>
    /// <returns><see langword="false"/> when nothing was stored under <paramref name="id"/>.</returns>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            await AwaitIndexingAsync();
            if (!await _store.DeleteAsync(id, cancellationToken))
            {
                return false;
            }
            await _index.DeleteAsync(id, cancellationToken);
            _indexedSeq = await _store.GetLastSeqAsync(cancellationToken);
            await NoteChangesAsync(1, cancellationToken);
            return true;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Commits the index now (ingest commits it every <see cref="CollectionOptions.IndexCommitInterval"/> changes).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            await AwaitIndexingAsync();
            await CommitIndexAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task IndexBatchAsync(List<Article> changed, long firstSeq, long lastSeq)
    {
        try
        {
            await _index.UpsertAsync(changed, CancellationToken.None);
        }
        catch
        {
            _replayFloor = Math.Min(_replayFloor, firstSeq - 1);
            throw;
        }
        _indexedSeq = Math.Max(_indexedSeq, lastSeq);
        await NoteChangesAsync(changed.Count, CancellationToken.None);
    }

    /// <summary>Waits for the batch being indexed and throws its failure, or an earlier one not yet reported.</summary>
    private async Task AwaitIndexingAsync()
    {
        await SettleIndexingAsync();
        await ThrowIfIndexingFailedAsync();
    }

    /// <summary>Throws a known indexing failure, without waiting for the batch being indexed.</summary>
    private async Task ThrowIfIndexingFailedAsync()
    {
        if (_indexing.IsFaulted)
        {
            await SettleIndexingAsync();
        }
        if (_indexingFailure is { } failure)
        {
            _indexingFailure = null;
            throw new IOException($"{Paths.IndexPath}: indexing failed ({failure.Message}); the articles are stored and are indexed again when the collection is next opened.", failure);
        }
    }

    /// <summary>Waits for the batch being indexed and keeps its failure, if any, for the next write to report.</summary>
    private async Task SettleIndexingAsync()
    {
        if (await WaitForIndexingAsync() is { } failure)
        {
            _indexingFailure ??= failure;
        }
        _indexing = Task.CompletedTask;
    }

    /// <summary>Waits for the batch being indexed; changes nothing, so searches may call it outside the write lock.</summary>
    private async Task<Exception?> WaitForIndexingAsync()
    {
        try
        {
            await _indexing;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private async Task NoteChangesAsync(int count, CancellationToken cancellationToken)
    {
        _uncommitted += count;
        if (_uncommitted >= _options.IndexCommitInterval)
        {
            await CommitIndexAsync(cancellationToken);
        }
    }

    /// <summary>Commits what the index holds, recording the sequence number it has reached.</summary>
    private async Task CommitIndexAsync(CancellationToken cancellationToken)
    {
        var checkpoint = new IndexCheckpoint(_store.StoreId, Math.Min(_indexedSeq, _replayFloor));
        if (_uncommitted == 0 && checkpoint == _index.Checkpoint)
        {
            return;
        }
        await _index.CommitAsync(checkpoint, cancellationToken);
        _uncommitted = 0;
    }
}
