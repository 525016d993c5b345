using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite.Migrations;

/// <summary>
/// Brings a database to the latest schema: every migration newer than the recorded version is
/// applied in order, all in one transaction, so a database is never left between two versions.
/// </summary>
internal static class MigrationRunner
{
    /// <summary>Every migration, in version order. Append only: a released migration never changes.</summary>
    public static IReadOnlyList<IMigration> All { get; } = [new Migration0001Documents(), new Migration0002StoreIdentity(), new Migration0003Analyses(), new Migration0004Digests(), new Migration0005StorySnapshots()];

    public static int LatestVersion => All[^1].Version;

    /// <returns>The versions applied by this call (empty when the schema was current).</returns>
    public static IReadOnlyList<int> Migrate(SqliteConnection connection, string databasePath, TimeProvider clock)
    {
        // IMMEDIATE takes the write lock first, so two processes opening a fresh database
        // cannot both decide to apply version 1.
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at TEXT    NOT NULL
            )
            """);
        var current = CurrentVersion(connection, transaction);
        if (current > LatestVersion)
        {
            throw new StoreException(
                $"{databasePath}: the database has schema version {current}, newer than the {LatestVersion} this version of marsad knows; use a newer marsad.");
        }
        var applied = new List<int>();
        foreach (var migration in All.Where(m => m.Version > current))
        {
            migration.Apply(connection, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$n", migration.Name);
            record.Parameters.AddWithValue("$t", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            applied.Add(migration.Version);
        }
        transaction.Commit();
        return applied;
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
