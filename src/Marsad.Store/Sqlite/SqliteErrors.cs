using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite;

/// <summary>
/// Turns SQLite's errors into <see cref="StoreException"/> at the store's edge, so that no
/// <c>Microsoft.Data.Sqlite</c> type reaches a caller and each caller decides on retrying from
/// <see cref="StoreException.IsTransient"/> alone.
/// </summary>
internal static class SqliteErrors
{
    private const int Busy = 5;
    private const int Locked = 6;

    /// <returns>An exception naming <paramref name="path"/>, what was being done and SQLite's reason.</returns>
    public static StoreException Translate(SqliteException error, string path, string doing) =>
        new($"{path}: {doing} ({error.Message}).", IsTransient(error), error);

    /// <summary>Busy and locked mean another connection holds the database for now; every other code is about the file itself.</summary>
    public static bool IsTransient(SqliteException error) => error.SqliteErrorCode is Busy or Locked;
}
