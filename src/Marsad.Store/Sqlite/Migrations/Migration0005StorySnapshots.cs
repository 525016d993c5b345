namespace Marsad.Store.Sqlite.Migrations;

/// <summary>
/// The story of the whole collection, kept so that a command over a large store reads it instead
/// of building it: one row per way of building it (<c>key</c>: the options and the code), stamped
/// with the store's state it was built from (<c>state</c>: the change counter and the analysis
/// counter, which every saved batch of analyses now moves), its parts in a table of their own so
/// that a reader takes only the parts it needs. A snapshot whose state is not the store's current
/// one is out of date, and is built again.
/// </summary>
internal sealed class Migration0005StorySnapshots : SqlMigration
{
    public override int Version => 5;

    public override string Name => "story snapshots";

    protected override string Sql => """
        INSERT INTO counters (name, value) VALUES ('analysis_seq', 0);
        CREATE TABLE story_snapshots (
            key   TEXT NOT NULL PRIMARY KEY,
            state TEXT NOT NULL
        );
        CREATE TABLE story_snapshot_parts (
            key  TEXT NOT NULL,
            part TEXT NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (key, part)
        );
        """;
}
