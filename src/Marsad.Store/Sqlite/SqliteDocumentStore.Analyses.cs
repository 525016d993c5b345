namespace Marsad.Store.Sqlite;

internal sealed partial class SqliteDocumentStore
{
    public int SaveAnalyses(IReadOnlyList<StoredAnalysis> analyses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            // Only an analysis of the article as stored now is kept: the join on the hash makes
            // the check and the write one statement, so no other write can slip between them.
            using var insert = Command("""
                INSERT OR REPLACE INTO analyses (document_id, content_hash, generator, analysis, digest)
                SELECT id, content_hash, $generator, $analysis, $digest FROM documents
                WHERE id = $id AND content_hash = $hash
                """, transaction);
            var id = insert.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Text);
            var hash = insert.Parameters.Add("$hash", Microsoft.Data.Sqlite.SqliteType.Text);
            var generator = insert.Parameters.Add("$generator", Microsoft.Data.Sqlite.SqliteType.Text);
            var analysis = insert.Parameters.Add("$analysis", Microsoft.Data.Sqlite.SqliteType.Text);
            var digest = insert.Parameters.Add("$digest", Microsoft.Data.Sqlite.SqliteType.Text);
            int stored = 0;
            foreach (var item in analyses)
            {
                cancellationToken.ThrowIfCancellationRequested();
                id.Value = item.DocumentId;
                hash.Value = item.ContentHash;
                generator.Value = item.Generator;
                analysis.Value = item.Json;
                digest.Value = (object?)item.Digest ?? DBNull.Value;
                stored += insert.ExecuteNonQuery();
            }
            transaction.Commit();
            return stored;
        }
    }

    public StoredAnalysis? GetAnalysis(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
        {
            using var command = Command("""
                SELECT a.content_hash, a.generator, a.analysis FROM analyses a
                JOIN documents d ON d.id = a.document_id AND d.content_hash = a.content_hash
                WHERE a.document_id = $id
                """);
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new StoredAnalysis(id, reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
        }
    }

    public void ForEachAnalysis(Action<StoredAnalysis> visit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        lock (_gate)
        {
            using var command = Command("""
                SELECT a.document_id, a.content_hash, a.generator, a.analysis FROM analyses a
                JOIN documents d ON d.id = a.document_id AND d.content_hash = a.content_hash
                ORDER BY d.rowid
                """);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                visit(new StoredAnalysis(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }
    }

    public void ForEachDigest(Action<StoredDigest> visit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        lock (_gate)
        {
            // The analysis only where there is no digest: reading digests is what makes a story build cheap.
            using var command = Command("""
                SELECT a.document_id, a.content_hash, d.text, a.digest, CASE WHEN a.digest IS NULL THEN a.analysis END FROM analyses a
                JOIN documents d ON d.id = a.document_id AND d.content_hash = a.content_hash
                ORDER BY d.rowid
                """);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                visit(new StoredDigest(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }
    }
}
