namespace Marsad.Store.Sqlite.Migrations;

/// <summary>
/// Articles, tombstones and the change counter. Every write takes the next number of the
/// <c>change_seq</c> counter into the row's <c>seq</c> (deletions into a tombstone), so that
/// "everything after seq N" is one indexed range scan: this is what lets an index catch up.
/// </summary>
internal sealed class Migration0001Documents : SqlMigration
{
    public override int Version => 1;

    public override string Name => "documents, tombstones, change counter";

    protected override string Sql => """
        CREATE TABLE documents (
            id             TEXT    NOT NULL UNIQUE,
            seq            INTEGER NOT NULL UNIQUE,
            source         TEXT    NOT NULL,
            title          TEXT,
            text           TEXT    NOT NULL,
            author         TEXT,
            outlet         TEXT,
            -- OutletKey of outlet: what the outlet filter compares.
            outlet_key     TEXT,
            -- ISO 8601 as the source gave it, with its offset: "2024-01-13" or "2024-01-13T01:30:00+03:00".
            published      TEXT,
            -- The publisher's own calendar date, "yyyy-MM-dd": what date filters compare.
            published_date TEXT,
            -- Unix seconds of the instant (of midnight UTC for a bare date): what ordering uses.
            published_at   INTEGER,
            url            TEXT,
            content_hash   TEXT    NOT NULL
        );
        CREATE INDEX documents_published ON documents (published_at);
        CREATE INDEX documents_outlet_published ON documents (outlet_key, published_at);
        CREATE TABLE tombstones (
            id  TEXT    NOT NULL PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE
        );
        CREATE TABLE counters (
            name  TEXT    NOT NULL PRIMARY KEY,
            value INTEGER NOT NULL
        );
        INSERT INTO counters (name, value) VALUES ('change_seq', 0);
        """;
}
