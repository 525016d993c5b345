using Marsad.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Tests.Sqlite;

/// <summary>SQLite's errors leave the store as <see cref="StoreException"/>, transient only when retrying can help.</summary>
public sealed class SqliteErrorTranslationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Open_FileThatIsNotADatabase_ThrowsAStoreExceptionNamingTheFileThatIsNotTransient()
    {
        var path = _folder.File("notes.db");
        await File.WriteAllTextAsync(path, "these are notes, not a database; they are long enough to fill a header page of sqlite.");

        var error = await Assert.ThrowsAsync<StoreException>(() => StoreFactory.OpenAsync(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        Assert.IsType<SqliteException>(error.InnerException);
    }

    [Theory]
    [InlineData(5)] // SQLITE_BUSY
    [InlineData(6)] // SQLITE_LOCKED
    public void Translate_BusyOrLocked_IsTransient(int code)
    {
        var error = SqliteErrors.Translate(new SqliteException("database is locked", code), "/data/news.db", "cannot store the batch");

        Assert.True(error.IsTransient);
        Assert.Equal("/data/news.db: cannot store the batch (database is locked).", error.Message);
    }

    [Theory]
    [InlineData(8)] // SQLITE_READONLY
    [InlineData(11)] // SQLITE_CORRUPT
    [InlineData(26)] // SQLITE_NOTADB
    public void Translate_ReadOnlyCorruptOrNotADatabase_IsNotTransient(int code)
    {
        var error = SqliteErrors.Translate(new SqliteException("file is not a database", code), "/data/news.db", "cannot open the database");

        Assert.False(error.IsTransient);
        Assert.StartsWith("/data/news.db: ", error.Message, StringComparison.Ordinal);
    }
}
