using System.Runtime.CompilerServices;
using Marsad.Core.Documents;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite;

internal sealed partial class SqliteDocumentStore
{
    /// <summary>Rows read per page of the change feed: enough to keep the overhead low, few enough to hold in memory.</summary>
    private const int ChangePageSize = 256;

    private const string ChangesSql = $"""
        SELECT seq, 0, {ArticleRows.Columns} FROM documents WHERE seq > $after
        UNION ALL
        SELECT seq, 1, id, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM tombstones WHERE seq > $after
        ORDER BY 1 LIMIT $take
        """;

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var held = await EnterAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            using var delete = Command("DELETE FROM documents WHERE id = $id", transaction);
            delete.Parameters.AddWithValue("$id", id);
            if (await delete.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
            using (var analysis = Command("DELETE FROM analyses WHERE document_id = $id", transaction))
            {
                analysis.Parameters.AddWithValue("$id", id);
                await analysis.ExecuteNonQueryAsync(cancellationToken);
            }
            var seq = await ReadCounterAsync(transaction, cancellationToken) + 1;
            using var tombstone = Command("INSERT OR REPLACE INTO tombstones (id, seq) VALUES ($id, $seq)", transaction);
            tombstone.Parameters.AddWithValue("$id", id);
            tombstone.Parameters.AddWithValue("$seq", seq);
            await tombstone.ExecuteNonQueryAsync(cancellationToken);
            await WriteCounterAsync(transaction, seq, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (SqliteException e)
        {
            throw Failed(e, $"cannot delete {id}");
        }
    }

    public async IAsyncEnumerable<DocumentChange> ChangesSinceAsync(long seq, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = seq;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A page is read under the lock and then released, so the consumer may write to the
            // store (or take its time) between pages without holding a reader open.
            var page = await ReadChangePageAsync(after, cancellationToken);
            foreach (var change in page)
            {
                yield return change;
            }
            if (page.Count < ChangePageSize)
            {
                yield break;
            }
            after = page[^1].Seq;
        }
    }

    private async Task<List<DocumentChange>> ReadChangePageAsync(long after, CancellationToken cancellationToken)
    {
        using var held = await EnterAsync(cancellationToken);
        try
        {
            using var command = Command(ChangesSql);
            command.Parameters.AddWithValue("$after", after);
            command.Parameters.AddWithValue("$take", ChangePageSize);
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var page = new List<DocumentChange>(ChangePageSize);
            while (await reader.ReadAsync(cancellationToken))
            {
                var seq = reader.GetInt64(0);
                Article? article = reader.GetInt32(1) == 0 ? ArticleRows.Read(reader, 2) : null;
                page.Add(new DocumentChange(seq, reader.GetString(2), article));
            }
            return page;
        }
        catch (SqliteException e)
        {
            throw Failed(e, "cannot read the change feed");
        }
    }
}
