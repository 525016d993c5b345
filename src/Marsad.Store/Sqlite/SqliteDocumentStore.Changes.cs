using Marsad.Core.Documents;

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

    public bool Delete(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            using var delete = Command("DELETE FROM documents WHERE id = $id", transaction);
            delete.Parameters.AddWithValue("$id", id);
            if (delete.ExecuteNonQuery() == 0)
            {
                transaction.Rollback();
                return false;
            }
            using (var analysis = Command("DELETE FROM analyses WHERE document_id = $id", transaction))
            {
                analysis.Parameters.AddWithValue("$id", id);
                analysis.ExecuteNonQuery();
            }
            var seq = ReadCounter(transaction) + 1;
            using var tombstone = Command("INSERT OR REPLACE INTO tombstones (id, seq) VALUES ($id, $seq)", transaction);
            tombstone.Parameters.AddWithValue("$id", id);
            tombstone.Parameters.AddWithValue("$seq", seq);
            tombstone.ExecuteNonQuery();
            WriteCounter(transaction, seq);
            transaction.Commit();
            return true;
        }
    }

    public IEnumerable<DocumentChange> ChangesSince(long seq, CancellationToken cancellationToken = default) =>
        ReadChanges(seq, cancellationToken);

    private IEnumerable<DocumentChange> ReadChanges(long after, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A page is read under the lock and then released, so the consumer may write to the
            // store (or take its time) between pages without holding a reader open.
            var page = ReadChangePage(after);
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

    private List<DocumentChange> ReadChangePage(long after)
    {
        lock (_gate)
        {
            using var command = Command(ChangesSql);
            command.Parameters.AddWithValue("$after", after);
            command.Parameters.AddWithValue("$take", ChangePageSize);
            using var reader = command.ExecuteReader();
            var page = new List<DocumentChange>(ChangePageSize);
            while (reader.Read())
            {
                var seq = reader.GetInt64(0);
                Article? article = reader.GetInt32(1) == 0 ? ArticleRows.Read(reader, 2) : null;
                page.Add(new DocumentChange(seq, reader.GetString(2), article));
            }
            return page;
        }
    }
}
