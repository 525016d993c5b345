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
            if (stored > 0)
            {
                // What is built from all the analyses (the story) is out of date from here on.
                using var moved = Command("UPDATE counters SET value = value + 1 WHERE name = 'analysis_seq'", transaction);
                await moved.ExecuteNonQueryAsync(cancellationToken);
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

    public IAsyncEnumerable<StoredDigest> ReadDigestsAsync(bool withText = true, CancellationToken cancellationToken = default) =>
        ReadPagesAsync(DigestsSql(""), c => BindDigests(c, withText), ReadDigest, "cannot read the stored digests", cancellationToken);

    public IAsyncEnumerable<StoredDigest> ReadDigestsAsync(IReadOnlyCollection<string> ids, bool withText = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        // The ids go in as one JSON array: any number of them, in one parameter.
        string list = System.Text.Json.JsonSerializer.Serialize(ids);
        return ReadPagesAsync(DigestsSql("AND a.document_id IN (SELECT value FROM json_each($ids))"), c =>
        {
            BindDigests(c, withText);
            c.Parameters.AddWithValue("$ids", list);
        }, ReadDigest, "cannot read the stored digests", cancellationToken);
    }

    /// <remarks>
    /// The analysis comes only where there is no digest of <see cref="Marsad.Core.Digests.DocumentDigest.Version"/>:
    /// reading digests is what makes a story build cheap, and a digest of another version is
    /// built again from its analysis. The version is decided here, where the row is chosen.
    /// </remarks>
    private static string DigestsSql(string andWhere) => $"""
        SELECT a.document_id, a.content_hash, CASE WHEN $text THEN d.text ELSE '' END, a.digest,
               CASE WHEN a.digest IS NULL OR json_extract(a.digest, '$.v') IS NOT $version THEN a.analysis END, d.rowid FROM analyses a
        JOIN documents d ON d.id = a.document_id AND d.content_hash = a.content_hash
        WHERE d.rowid > $after {andWhere}
        ORDER BY d.rowid LIMIT $take
        """;

    private static void BindDigests(SqliteCommand command, bool withText)
    {
        command.Parameters.AddWithValue("$text", withText);
        command.Parameters.AddWithValue("$version", Marsad.Core.Digests.DocumentDigest.Version);
    }

    private static StoredDigest ReadDigest(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4));

    /// <summary>
    /// The rows of <paramref name="sql"/> (which selects the documents' rowid last, after
    /// <c>$after</c>, at most <c>$take</c>) in storage order. A page is read under the lock and
    /// then released, as the change feed is, so the consumer may take its time (or write to the
    /// store) between pages.
    /// </summary>
    private async IAsyncEnumerable<T> ReadPagesAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, string doing,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long after = 0;
        while (true)
        {
            var (page, last) = await ReadPageAsync(sql, bind, read, after, doing, cancellationToken);
            foreach (T item in page)
            {
                yield return item;
            }
            if (page.Count < AnalysisPageSize)
            {
                yield break;
            }
            after = last;
        }
    }

    /// <returns>The rows stored after row <paramref name="after"/>, in storage order, and the last row read.</returns>
    private async Task<(List<T> Page, long LastRow)> ReadPageAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, long after, string doing,
        CancellationToken cancellationToken)
    {
        using var held = await EnterAsync(cancellationToken);
        try
        {
            using var command = Command(sql);
            command.Parameters.AddWithValue("$after", after);
            command.Parameters.AddWithValue("$take", AnalysisPageSize);
            bind(command);
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var page = new List<T>(AnalysisPageSize);
            long last = after;
            while (await reader.ReadAsync(cancellationToken))
            {
                page.Add(read(reader));
                last = reader.GetInt64(reader.FieldCount - 1);
            }
            return (page, last);
        }
        catch (SqliteException e)
        {
            throw Failed(e, doing);
        }
    }
}
