using System.Globalization;
using Marsad.Store.Sqlite.Migrations;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in write-ahead-log mode. Every write is one transaction,
/// so a process killed mid-batch leaves the batch wholly absent, never half-written. One
/// connection serves all calls, behind a lock: SQLite has one writer at a time anyway. The async
/// calls are Microsoft.Data.Sqlite's, which complete synchronously underneath; they are async so
/// that a networked backend can implement the same interface. Every SQLite error leaves as a
/// <see cref="StoreException"/> (see <see cref="SqliteErrors"/>).
/// </summary>
internal sealed partial class SqliteDocumentStore : IDocumentStore
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private SqliteDocumentStore(string path, SqliteConnection connection)
    {
        DatabasePath = path;
        _connection = connection;
    }

    public string DatabasePath { get; }

    /// <summary>The schema versions this open applied (empty when the database was current).</summary>
    public IReadOnlyList<int> AppliedMigrations { get; private set; } = [];

    /// <summary>Opens, or creates, the database at <paramref name="path"/> and migrates it to the latest schema.</summary>
    public static SqliteDocumentStore Open(string path, TimeProvider? clock = null)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Pooling would keep the file open after Dispose, so the WAL would not be checkpointed
            // and a test could not delete its folder.
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Configure(connection, full);
            var store = new SqliteDocumentStore(full, connection);
            store.AppliedMigrations = MigrationRunner.Migrate(connection, full, clock ?? TimeProvider.System);
            store.StoreId = Convert.ToString(Scalar(connection, "SELECT value FROM meta WHERE key = 'store_id'"), CultureInfo.InvariantCulture) ?? "";
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw SqliteErrors.Translate(e, full, "cannot open the database");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public string StoreId { get; private set; } = "";

    public async Task<long> GetLastSeqAsync(CancellationToken cancellationToken = default)
    {
        using var held = await EnterAsync(cancellationToken);
        try
        {
            return await ReadCounterAsync(null, cancellationToken);
        }
        catch (SqliteException e)
        {
            throw Failed(e, "cannot read the change counter");
        }
    }

    public int SchemaVersion
    {
        get
        {
            _gate.Wait();
            try
            {
                return MigrationRunner.CurrentVersion(_connection, null);
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    public void Dispose()
    {
        _gate.Wait();
        try
        {
            _connection.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Takes the one connection for the caller until the returned lease is disposed.</summary>
    private async Task<Lease> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Lease(_gate);
    }

    private StoreException Failed(SqliteException error, string doing) => SqliteErrors.Translate(error, DatabasePath, doing);

    private static void Configure(SqliteConnection connection, string path)
    {
        var mode = Convert.ToString(Scalar(connection, "PRAGMA journal_mode=WAL"), CultureInfo.InvariantCulture);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreException($"{path}: the database cannot use write-ahead logging (journal mode stays '{mode}').");
        }
        // NORMAL in WAL mode: a commit survives a killed process; only a power cut may lose the
        // last commits, never corrupt the file. FULL would fsync every batch for little gain.
        Scalar(connection, "PRAGMA synchronous=NORMAL");
        Scalar(connection, "PRAGMA temp_store=MEMORY");
        Scalar(connection, "PRAGMA cache_size=-65536");
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private async Task<long> ReadCounterAsync(SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM counters WHERE name = 'change_seq'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task WriteCounterAsync(SqliteTransaction transaction, long value, CancellationToken cancellationToken)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE counters SET value = $v WHERE name = 'change_seq'";
        command.Parameters.AddWithValue("$v", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
