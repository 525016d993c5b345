using Marsad.Core.Documents;
using Marsad.Search;

namespace Marsad.Store;

public sealed partial class Collection
{
    /// <summary>Indexing of the last ingested batch, running while the caller prepares and stores the next.</summary>
    private volatile Task _indexing = Task.CompletedTask;

    /// <summary>
    /// Stores a batch in one transaction (all of it or, if anything fails or the token fires,
    /// none of it), then indexes what was added or changed. Unchanged articles cost one lookup.
    /// Indexing runs in the background while the next batch is stored: at most one batch is
    /// ever behind, <see cref="Search"/> waits for it, and a failure of it is thrown by the next
    /// call (the stored batch is safe either way and is indexed again on the next open).
    /// </summary>
    public IngestResult Ingest(IReadOnlyList<Article> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var results = _store.Upsert(batch, cancellationToken);
            AwaitIndexing();
            var changed = new List<Article>();
            var seq = 0L;
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Outcome != UpsertOutcome.Unchanged)
                {
                    changed.Add(batch[i]);
                    seq = Math.Max(seq, results[i].Seq);
                }
            }
            if (changed.Count > 0)
            {
                // The store has committed: from here on the batch is safe whatever happens, and
                // the index only has to follow. No token: there is no reason to leave it half done.
                _indexing = Task.Run(() => IndexBatch(changed, seq), CancellationToken.None);
            }
            return new IngestResult(results);
        }
    }

    /// <summary>Removes the article from the store and the index.</summary>
    /// <returns><see langword="false"/> when nothing was stored under <paramref name="id"/>.</returns>
    public bool Delete(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            AwaitIndexing();
            if (!_store.Delete(id))
            {
                return false;
            }
            _index.Delete(id);
            _indexedSeq = _store.LastSeq;
            NoteChanges(1);
            return true;
        }
    }

    /// <summary>Commits the index now (ingest commits it every <see cref="CollectionOptions.IndexCommitInterval"/> changes).</summary>
    public void Flush()
    {
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            AwaitIndexing();
            CommitIndex();
        }
    }

    private void IndexBatch(List<Article> changed, long seq)
    {
        _index.Upsert(changed, CancellationToken.None);
        _indexedSeq = Math.Max(_indexedSeq, seq);
        NoteChanges(changed.Count);
    }

    /// <summary>Waits for the batch being indexed and rethrows its failure, once.</summary>
    private void AwaitIndexing()
    {
        var indexing = _indexing;
        _indexing = Task.CompletedTask;
        indexing.GetAwaiter().GetResult();
    }

    /// <summary>Waits for the batch being indexed; its failure is left for the next write to report.</summary>
    private void AwaitIndexingQuietly()
    {
        try
        {
            _indexing.Wait();
        }
        catch (AggregateException)
        {
            // Reported by AwaitIndexing on the next write; a search still answers from the index as it is.
        }
    }

    private void NoteChanges(int count)
    {
        _uncommitted += count;
        if (_uncommitted >= _options.IndexCommitInterval)
        {
            CommitIndex();
        }
    }

    /// <summary>Commits what the index holds, recording the sequence number it has reached.</summary>
    private void CommitIndex()
    {
        var checkpoint = new IndexCheckpoint(_store.StoreId, _indexedSeq);
        if (_uncommitted == 0 && checkpoint == _index.Checkpoint)
        {
            return;
        }
        _index.Commit(checkpoint);
        _uncommitted = 0;
    }
}
