using Marsad.Store.Sqlite;
using Marsad.Store.Sqlite.Migrations;
using Marsad.Store.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Tests.Sqlite;

public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("marsad.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_FreshDatabase_AppliesEveryMigrationInOrder()
    {
        using var store = SqliteDocumentStore.Open(DatabasePath);

        Assert.Equal(MigrationRunner.All.Select(m => m.Version), store.AppliedMigrations);
        Assert.Equal(MigrationRunner.LatestVersion, store.SchemaVersion);
    }

    [Fact]
    public async Task Open_ExistingDatabase_AppliesNothingAndKeepsTheData()
    {
        using (var first = SqliteDocumentStore.Open(DatabasePath))
        {
            await first.UpsertAsync([Articles.Make("a")]);
        }

        using var second = SqliteDocumentStore.Open(DatabasePath);

        Assert.Empty(second.AppliedMigrations);
        Assert.NotNull(await second.GetAsync("a"));
        Assert.Equal(1, await second.GetLastSeqAsync());
    }

    [Fact]
    public async Task Open_StoreFromBeforeDigests_AddsTheColumnAndKeepsItsAnalysesReadableWithoutDigests()
    {
        var article = Articles.Make("a");
        using (var first = SqliteDocumentStore.Open(DatabasePath))
        {
            await first.UpsertAsync([article]);
            await first.SaveAnalysesAsync([new StoredAnalysis("a", article.ComputeContentHash(), "g", "{\"n\":1}")]);
        }
        // The store as version 3 left it: no digest column, no story snapshots, no record of migrations 4 and 5.
        Execute("""
            ALTER TABLE analyses DROP COLUMN digest; DROP TABLE story_snapshots; DROP TABLE story_snapshot_parts;
            DELETE FROM counters WHERE name = 'analysis_seq'; DELETE FROM schema_version WHERE version >= 4
            """);

        using var second = SqliteDocumentStore.Open(DatabasePath);
        var seen = await second.ReadDigestsAsync().ToListAsync();

        Assert.Equal([4, 5], second.AppliedMigrations);
        var only = Assert.Single(seen);
        Assert.Null(only.Digest);
        Assert.Equal("{\"n\":1}", only.Analysis);
        Assert.Equal(article.Text, only.Text);
    }

    [Fact]
    public void Open_NewerSchemaThanKnown_ThrowsStoreExceptionNamingTheFile()
    {
        using (SqliteDocumentStore.Open(DatabasePath))
        {
        }
        Execute($"INSERT INTO schema_version (version, name, applied_at) VALUES ({MigrationRunner.LatestVersion + 1}, 'future', 'x')");

        var error = Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(DatabasePath));

        Assert.Contains(DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_ThrowsStoreExceptionNamingTheFile()
    {
        File.WriteAllText(DatabasePath, "this is not sqlite, just text long enough to fill a header page .........");

        var error = Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(DatabasePath));

        Assert.Contains(DatabasePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFolder_CreatesIt()
    {
        var path = Path.Combine(_folder.Path, "deep", "er", "marsad.db");

        using var store = SqliteDocumentStore.Open(path);

        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Open_AnyDatabase_UsesWriteAheadLogging()
    {
        using (SqliteDocumentStore.Open(DatabasePath))
        {
        }

        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public void Open_FreshDatabase_RecordsEachVersionOnce()
    {
        using (SqliteDocumentStore.Open(DatabasePath))
        {
        }
        using (SqliteDocumentStore.Open(DatabasePath))
        {
        }

        Assert.Equal((long)MigrationRunner.All.Count, Scalar("SELECT COUNT(*) FROM schema_version"));
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private void Execute(string sql) => Scalar(sql);
}
