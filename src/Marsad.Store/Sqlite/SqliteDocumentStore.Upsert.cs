using Marsad.Core.Documents;
using Marsad.Search;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite;

internal sealed partial class SqliteDocumentStore
{
    private const string InsertSql = """
        INSERT INTO documents (id, seq, source, title, text, author, outlet, outlet_key, published, published_date, published_at, url, content_hash)
        VALUES ($id, $seq, $source, $title, $text, $author, $outlet, $outlet_key, $published, $published_date, $published_at, $url, $hash)
        """;

    private const string UpdateSql = """
        UPDATE documents SET seq = $seq, source = $source, title = $title, text = $text, author = $author,
            outlet = $outlet, outlet_key = $outlet_key, published = $published, published_date = $published_date,
            published_at = $published_at, url = $url, content_hash = $hash
        WHERE id = $id
        """;

    public async Task<IReadOnlyList<UpsertResult>> UpsertAsync(IReadOnlyList<Article> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var results = new UpsertResult[batch.Count];
        if (batch.Count == 0)
        {
            return results;
        }
        using var held = await EnterAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var seq = await ReadCounterAsync(transaction, cancellationToken);
            // One command per statement for the whole batch: SQLite compiles each once.
            using var find = Command("SELECT content_hash FROM documents WHERE id = $id", transaction);
            var findId = find.Parameters.Add("$id", SqliteType.Text);
            using var insert = WriteCommand(InsertSql, transaction);
            using var update = WriteCommand(UpdateSql, transaction);
            using var revive = Command("DELETE FROM tombstones WHERE id = $id", transaction);
            var reviveId = revive.Parameters.Add("$id", SqliteType.Text);
            for (var i = 0; i < batch.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var article = batch[i];
                var hash = article.ComputeContentHash();
                findId.Value = article.Id;
                var stored = await find.ExecuteScalarAsync(cancellationToken) as string;
                if (string.Equals(stored, hash, StringComparison.Ordinal))
                {
                    results[i] = new UpsertResult(article.Id, UpsertOutcome.Unchanged, 0);
                    continue;
                }
                seq++;
                var write = stored is null ? insert : update;
                Bind(write, article, seq, hash);
                await write.ExecuteNonQueryAsync(cancellationToken);
                if (stored is null)
                {
                    reviveId.Value = article.Id;
                    await revive.ExecuteNonQueryAsync(cancellationToken);
                }
                results[i] = new UpsertResult(article.Id, stored is null ? UpsertOutcome.Added : UpsertOutcome.Updated, seq);
            }
            await WriteCounterAsync(transaction, seq, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            throw Failed(e, "cannot store the batch");
        }
        return results;
    }

    private SqliteCommand WriteCommand(string sql, SqliteTransaction transaction)
    {
        var command = Command(sql, transaction);
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.Add("$seq", SqliteType.Integer);
        command.Parameters.Add("$source", SqliteType.Text);
        command.Parameters.Add("$title", SqliteType.Text);
        command.Parameters.Add("$text", SqliteType.Text);
        command.Parameters.Add("$author", SqliteType.Text);
        command.Parameters.Add("$outlet", SqliteType.Text);
        command.Parameters.Add("$outlet_key", SqliteType.Text);
        command.Parameters.Add("$published", SqliteType.Text);
        command.Parameters.Add("$published_date", SqliteType.Text);
        command.Parameters.Add("$published_at", SqliteType.Integer);
        command.Parameters.Add("$url", SqliteType.Text);
        command.Parameters.Add("$hash", SqliteType.Text);
        return command;
    }

    private static void Bind(SqliteCommand command, Article article, long seq, string hash)
    {
        var p = command.Parameters;
        p["$id"].Value = article.Id;
        p["$seq"].Value = seq;
        p["$source"].Value = article.Source;
        p["$title"].Value = (object?)article.Title ?? DBNull.Value;
        p["$text"].Value = article.Text;
        p["$author"].Value = (object?)article.Author ?? DBNull.Value;
        p["$outlet"].Value = (object?)article.Outlet ?? DBNull.Value;
        p["$outlet_key"].Value = (object?)OutletKey.Of(article.Outlet) ?? DBNull.Value;
        p["$published"].Value = (object?)article.Published?.ToString() ?? DBNull.Value;
        p["$published_date"].Value = article.Published is { } d ? PublishedColumns.DateText(d.Date) : DBNull.Value;
        p["$published_at"].Value = article.Published is { } t ? PublishedColumns.SortKey(t) : DBNull.Value;
        p["$url"].Value = (object?)article.Url ?? DBNull.Value;
        p["$hash"].Value = hash;
    }
}
