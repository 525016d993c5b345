using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite.Migrations;

/// <summary>One step of the schema; applied once, in version order, inside the runner's transaction.</summary>
internal interface IMigration
{
    int Version { get; }

    string Name { get; }

    void Apply(SqliteConnection connection, SqliteTransaction transaction);
}
