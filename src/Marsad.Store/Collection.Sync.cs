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
    public async Task<int> ReindexAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // A rebuild makes up for any batch whose indexing failed.
            await SettleIndexingAsync();
            _indexingFailure = null;
            _replayFloor = long.MaxValue;
            var target = new IndexCheckpoint(_store.StoreId, await _store.GetLastSeqAsync(cancellationToken));
            await _index.DeleteAllAsync(cancellationToken);
            var (indexed, _) = await ReplayAsync(0, progress, cancellationToken);
            await _index.CommitAsync(target, cancellationToken);
            _indexedSeq = target.Seq;
            _uncommitted = 0;
            return indexed;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Applies to the index every change the store has beyond the index's checkpoint.</summary>
    /// <returns>The number of changes applied.</returns>
    private async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var checkpoint = _index.Checkpoint;
            var sameStore = string.Equals(checkpoint.StoreId, _store.StoreId, StringComparison.Ordinal);
            var target = new IndexCheckpoint(_store.StoreId, await _store.GetLastSeqAsync(cancellationToken));
            // An index from another store, or one that claims changes the store never made (a
            // database restored from an older copy), cannot be patched: it is rebuilt.
            var from = sameStore && checkpoint.Seq <= target.Seq ? checkpoint.Seq : 0;
            if (from == 0 && checkpoint != IndexCheckpoint.None)
            {
                await _index.DeleteAllAsync(cancellationToken);
            }
            var (articles, deletions) = await ReplayAsync(from, progress: null, cancellationToken);
            var applied = articles + deletions;
            if (applied > 0 || checkpoint != target)
            {
                await _index.CommitAsync(target, cancellationToken);
            }
            _indexedSeq = target.Seq;
            return applied;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Feeds the index the store's changes after <paramref name="after"/>. Re-applying a change is
    /// harmless (articles replace by id, deletions of absent ids do nothing), so the checkpoint
    /// committed afterwards may be read before the replay starts.
    /// </summary>
    /// <returns>The articles indexed and the deletions applied.</returns>
    private async Task<(int Articles, int Deletions)> ReplayAsync(long after, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var pending = new List<Article>(_options.ReplayBatchSize);
        var applied = 0;
        var deletions = 0;
        await foreach (var change in _store.ChangesSinceAsync(after, cancellationToken))
        {
            if (change.Article is { } article)
            {
                pending.Add(article);
                if (pending.Count >= _options.ReplayBatchSize)
                {
                    await _index.UpsertAsync(pending, cancellationToken);
                    pending.Clear();
                }
            }
            else
            {
                await _index.DeleteAsync(change.Id, cancellationToken);
                deletions++;
            }
            applied++;
            if (applied % _options.ReplayBatchSize == 0)
            {
                progress?.Report(applied);
            }
        }
        await _index.UpsertAsync(pending, cancellationToken);
        progress?.Report(applied);
        return (applied - deletions, deletions);
    }
}
