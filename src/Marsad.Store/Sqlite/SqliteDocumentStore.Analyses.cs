using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite;

internal sealed partial class SqliteDocumentStore
{
    /// <summary>Analyses read per page: each is a JSON document, so a page bounds what waits in memory.</summary>
    private const int AnalysisPageSize = 256;

    public async Task<int> SaveAnalysesAsync(IReadOnlyList<StoredAnalysis> analyses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        using var held = await EnterAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            // Only an analysis of the article as stored now is kept: the join on the hash makes
            // the check and the write one statement, so no other write can slip between them.
            using var insert = Command("""
                INSERT OR REPLACE INTO analyses (document_id, content_hash, generator, analysis, digest)
                SELECT id, content_hash, $generator, $analysis, $digest FROM documents
                WHERE id = $id AND content_hash = $hash
                """, transaction);
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var hash = insert.Parameters.Add("$hash", SqliteType.Text);
            var generator = insert.Parameters.Add("$generator", SqliteType.Text);
            var analysis = insert.Parameters.Add("$analysis", SqliteType.Text);
            var digest = insert.Parameters.Add("$digest", SqliteType.Text);
            int stored = 0;
            foreach (var item in analyses)
            {
                cancellationToken.ThrowIfCancellationRequested();
                id.Value = item.DocumentId;
                hash.Value = item.ContentHash;
                generator.Value = item.Generator;
                analysis.Value = item.Json;
                digest.Value = (object?)item.Digest ?? DBNull.Value;
                stored += await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return stored;
        }
        catch (SqliteException e)
        {
            throw Failed(e, "cannot store the analyses");
        }
    }

    public async Task<StoredAnalysis?> GetAnalysisAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var held = await EnterAsync(cancellationToken);
        try
        {
            using var command = Command("""
                SELECT a.content_hash, a.generator, a.analysis FROM analyses a
                JOIN documents d ON d.id = a.document_id AND d.content_hash = a.content_hash
                WHERE a.document_id = $id
                """);
            command.Parameters.AddWithValue("$id", id);
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? new StoredAnalysis(id, reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
        }
        catch (SqliteException e)
        {
            throw Failed(e, $"cannot read the analysis of {id}");
        }
    }

    public async IAsyncEnumerable<StoredAnalysis> ReadAnalysesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long after = 0;
        while (true)
        {
            // A page is read under the lock and then released, as the change feed is, so the
            // consumer may take its time (or write to the store) between pages.
            var (page, last) = await ReadAnalysisPageAsync(after, cancellationToken);
            foreach (var analysis in page)
            {
                yield return analysis;
            }
            if (page.Count < AnalysisPageSize)
            {
                yield break;
            }
            after = last;
        }
    }

    /// <returns>The analyses of the articles stored after row <paramref name="after"/>, in storage order, and the last row read.</returns>
    private async Task<(List<StoredAnalysis> Page, long LastRow)> ReadAnalysisPageAsync(long after, CancellationToken cancellationToken)
    {
        using var held = await EnterAsync(cancellationToken);
        try
        {
            using var command = Command("""
                SELECT a.document_id, a.content_hash, a.generator, a.analysis, d.rowid FROM analyses a
                JOIN documents d ON d.id = a.document_id AND d.content_hash = a.content_hash
                WHERE d.rowid > $after
                ORDER BY d.rowid LIMIT $take
                """);
            command.Parameters.AddWithValue("$after", after);
            command.Parameters.AddWithValue("$take", AnalysisPageSize);
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var page = new List<StoredAnalysis>(AnalysisPageSize);
            long last = after;
            while (await reader.ReadAsync(cancellationToken))
            {
                page.Add(new StoredAnalysis(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
                last = reader.GetInt64(4);
            }
            return (page, last);
        }
        catch (SqliteException e)
        {
            throw Failed(e, "cannot read the stored analyses");
        }
    }

    public async IAsyncEnumerable<StoredDigest> ReadDigestsAsync(bool withText = true, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long after = 0;
        while (true)
        {
            var (page, last) = await ReadDigestPageAsync(after, withText, cancellationToken);
            foreach (var digest in page)
            {
                yield return digest;
            }
            if (page.Count < AnalysisPageSize)
            {
                yield break;
            }
            after = last;
        }
    }

    /// <returns>
    /// The digests (with their articles' texts) of the articles stored after row
    /// <paramref name="after"/>, in storage order, and the last row read. The analysis comes only
    /// where there is no digest: reading digests is what makes a story build cheap.
    /// </returns>
    private async Task<(List<StoredDigest> Page, long LastRow)> ReadDigestPageAsync(long after, bool withText, CancellationToken cancellationToken)
    {
        using var held = await EnterAsync(cancellationToken);
        try
        {
            using var command = Command("""
                SELECT a.document_id, a.content_hash, CASE WHEN $text THEN d.text ELSE '' END, a.digest, CASE WHEN a.digest IS NULL THEN a.analysis END, d.rowid FROM analyses a
                JOIN documents d ON d.id = a.document_id AND d.content_hash = a.content_hash
                WHERE d.rowid > $after
                ORDER BY d.rowid LIMIT $take
                """);
            command.Parameters.AddWithValue("$after", after);
            command.Parameters.AddWithValue("$take", AnalysisPageSize);
            command.Parameters.AddWithValue("$text", withText);
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var page = new List<StoredDigest>(AnalysisPageSize);
            long last = after;
            while (await reader.ReadAsync(cancellationToken))
            {
                page.Add(new StoredDigest(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
                last = reader.GetInt64(5);
            }
            return (page, last);
        }
        catch (SqliteException e)
        {
            throw Failed(e, "cannot read the stored digests");
        }
    }
}
