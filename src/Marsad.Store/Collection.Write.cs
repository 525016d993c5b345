using Marsad.Core.Documents;
using Marsad.Search;

namespace Marsad.Store;

public sealed partial class Collection
{
    /// <summary>
    /// Stores a batch in one transaction (all of it or, if anything fails or the token fires,
    /// none of it), then indexes what was added or changed. Unchanged articles cost one lookup.
    /// </summary>
    public IngestResult Ingest(IReadOnlyList<Article> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var results = _store.Upsert(batch, cancellationToken);
            var changed = new List<Article>();
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Outcome != UpsertOutcome.Unchanged)
                {
                    changed.Add(batch[i]);
                }
            }
            // The store has committed: from here on the batch is safe whatever happens, and the
            // index only has to follow. Not passing the token on: a half-indexed batch would just
            // be replayed on the next open, but there is no reason to leave one.
            _index.Upsert(changed, CancellationToken.None);
            NoteChanges(changed.Count);
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
            if (!_store.Delete(id))
            {
                return false;
            }
            _index.Delete(id);
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
            CommitIndex();
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

    private void CommitIndex()
    {
        var checkpoint = new IndexCheckpoint(_store.StoreId, _store.LastSeq);
        if (_uncommitted == 0 && checkpoint == _index.Checkpoint)
        {
            return;
        }
        _index.Commit(checkpoint);
        _uncommitted = 0;
    }
}
