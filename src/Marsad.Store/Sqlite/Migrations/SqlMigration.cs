using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite.Migrations;

/// <summary>A migration that is a script of SQL statements.</summary>
internal abstract class SqlMigration : IMigration
{
    public abstract int Version { get; }

    public abstract string Name { get; }

    protected abstract string Sql { get; }

    public void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }
}
