using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite;

internal sealed partial class SqliteDocumentStore
{
    /// <summary>Snapshots kept at once: one per way of building the story a user asks for (the default, a question, their own aliases), the least recently kept dropped first.</summary>
    private const int SnapshotsKept = 8;

    public async Task<string> GetAnalysisStateAsync(CancellationToken cancellationToken = default)
    {
        using var held = await EnterAsync(cancellationToken);
        try
        {
            return await ReadStateAsync(null, cancellationToken);
        }
        catch (SqliteException e)
        {
            throw Failed(e, "cannot read the store's state");
        }
    }

    public async Task<StoredSnapshot?> GetSnapshotAsync(string key, IReadOnlyCollection<string> parts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(parts);
        using var held = await EnterAsync(cancellationToken);
        try
        {
            // One read transaction, so the state and the parts are of one write.
            using var transaction = _connection.BeginTransaction(deferred: true);
            using var find = Command("SELECT state FROM story_snapshots WHERE key = $key", transaction);
            find.Parameters.AddWithValue("$key", key);
            if (await find.ExecuteScalarAsync(cancellationToken) is not string state)
            {
                return null;
            }
            using var read = Command("SELECT part, data FROM story_snapshot_parts WHERE key = $key AND part IN (SELECT value FROM json_each($parts))", transaction);
            read.Parameters.AddWithValue("$key", key);
            read.Parameters.AddWithValue("$parts", System.Text.Json.JsonSerializer.Serialize(parts));
            var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    found[reader.GetString(0)] = (byte[])reader.GetValue(1);
                }
            }
            return new StoredSnapshot(key, state, found);
        }
        catch (SqliteException e)
        {
            throw Failed(e, "cannot read the stored story");
        }
    }

    public async Task<bool> SaveSnapshotAsync(StoredSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var held = await EnterAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            if (!string.Equals(await ReadStateAsync(transaction, cancellationToken), snapshot.State, StringComparison.Ordinal))
            {
                return false;
            }
            Execute(transaction, "DELETE FROM story_snapshot_parts WHERE key = $key", ("$key", snapshot.Key));
            // REPLACE gives the row a new rowid at the end: the rowid orders snapshots by when they were kept.
            Execute(transaction, "DELETE FROM story_snapshots WHERE key = $key", ("$key", snapshot.Key));
            Execute(transaction, "INSERT INTO story_snapshots (key, state) VALUES ($key, $state)", ("$key", snapshot.Key), ("$state", snapshot.State));
            using var insert = Command("INSERT INTO story_snapshot_parts (key, part, data) VALUES ($key, $part, $data)", transaction);
            insert.Parameters.AddWithValue("$key", snapshot.Key);
            var part = insert.Parameters.Add("$part", SqliteType.Text);
            var data = insert.Parameters.Add("$data", SqliteType.Blob);
            foreach (var (name, bytes) in snapshot.Parts)
            {
                part.Value = name;
                data.Value = bytes;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            Execute(transaction, $"""
                DELETE FROM story_snapshots WHERE rowid NOT IN (SELECT rowid FROM story_snapshots ORDER BY rowid DESC LIMIT {SnapshotsKept});
                DELETE FROM story_snapshot_parts WHERE key NOT IN (SELECT key FROM story_snapshots);
                """);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (SqliteException e)
        {
            throw Failed(e, "cannot store the story");
        }
    }

    /// <summary>Both counters: every article written or deleted moves the change counter, every batch of analyses saved the analysis counter.</summary>
    private async Task<string> ReadStateAsync(SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        using var command = Command("SELECT name, value FROM counters WHERE name IN ('change_seq', 'analysis_seq') ORDER BY name", transaction);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>(2);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0) + "=" + reader.GetInt64(1).ToString(CultureInfo.InvariantCulture));
        }
        return string.Join(';', values);
    }

    private void Execute(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        command.ExecuteNonQuery();
    }
}
