using Marsad.Core.Documents;
using Marsad.Search;

namespace Marsad.Store;

public sealed partial class Collection
{
    /// <summary>
    /// Rebuilds the index from the store: empties it, adds every stored article and commits.
    /// Searches meanwhile see the old index until the rebuild is visible. <paramref name="progress"/>
    /// hears how many stored entries have been read so far.
    /// </summary>
    /// <returns>The number of articles indexed.</returns>
    public int Reindex(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // A rebuild makes up for any batch whose indexing failed.
            SettleIndexing();
            _indexingFailure = null;
            _replayFloor = long.MaxValue;
            var target = new IndexCheckpoint(_store.StoreId, _store.LastSeq);
            _index.DeleteAll();
            var (indexed, _) = Replay(0, progress, cancellationToken);
            _index.Commit(target);
            _indexedSeq = target.Seq;
            _uncommitted = 0;
            return indexed;
        }
    }

    /// <summary>Applies to the index every change the store has beyond the index's checkpoint.</summary>
    /// <returns>The number of changes applied.</returns>
    private int CatchUp(CancellationToken cancellationToken)
    {
        lock (_writeGate)
        {
            var checkpoint = _index.Checkpoint;
            var sameStore = string.Equals(checkpoint.StoreId, _store.StoreId, StringComparison.Ordinal);
            var target = new IndexCheckpoint(_store.StoreId, _store.LastSeq);
            // An index from another store, or one that claims changes the store never made (a
            // database restored from an older copy), cannot be patched: it is rebuilt.
            var from = sameStore && checkpoint.Seq <= target.Seq ? checkpoint.Seq : 0;
            if (from == 0 && checkpoint != IndexCheckpoint.None)
            {
                _index.DeleteAll();
            }
            var (articles, deletions) = Replay(from, progress: null, cancellationToken);
            var applied = articles + deletions;
            if (applied > 0 || checkpoint != target)
            {
                _index.Commit(target);
            }
            _indexedSeq = target.Seq;
            return applied;
        }
    }

    /// <summary>
    /// Feeds the index the store's changes after <paramref name="after"/>. Re-applying a change is
    /// harmless (articles replace by id, deletions of absent ids do nothing), so the checkpoint
    /// committed afterwards may be read before the replay starts.
    /// </summary>
    /// <returns>The articles indexed and the deletions applied.</returns>
    private (int Articles, int Deletions) Replay(long after, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var pending = new List<Article>(_options.ReplayBatchSize);
        var applied = 0;
        var deletions = 0;
        foreach (var change in _store.ChangesSince(after, cancellationToken))
        {
            if (change.Article is { } article)
            {
                pending.Add(article);
                if (pending.Count >= _options.ReplayBatchSize)
                {
                    _index.Upsert(pending, cancellationToken);
                    pending.Clear();
                }
            }
            else
            {
                _index.Delete(change.Id);
                deletions++;
            }
            applied++;
            if (applied % _options.ReplayBatchSize == 0)
            {
                progress?.Report(applied);
            }
        }
        _index.Upsert(pending, cancellationToken);
        progress?.Report(applied);
        return (applied - deletions, deletions);
    }
}
