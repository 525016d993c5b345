namespace Marsad.Store.Sqlite.Migrations;

/// <summary>
/// One analysis per article (the latest), kept as its contract JSON: the document owns its
/// offsets and local entities, so the JSON is whole by itself and is written or replaced in one
/// statement. The article's content hash is kept beside it so a changed article's old analysis
/// is never read as current.
/// </summary>
internal sealed class Migration0003Analyses : SqlMigration
{
    public override int Version => 3;

    public override string Name => "per-article analyses";

    protected override string Sql => """
        CREATE TABLE analyses (
            document_id  TEXT NOT NULL PRIMARY KEY,
            content_hash TEXT NOT NULL,
            generator    TEXT NOT NULL,
            analysis     TEXT NOT NULL
        );
        """;
}
