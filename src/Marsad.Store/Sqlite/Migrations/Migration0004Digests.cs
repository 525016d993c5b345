namespace Marsad.Store.Sqlite.Migrations;

/// <summary>
/// The digest of each analysis (what the story stages read from one article), kept in the same
/// row as the analysis so both are written and replaced together. Nullable: a store analysed
/// before digests existed keeps its rows, and a reader builds a missing digest from the analysis.
/// </summary>
internal sealed class Migration0004Digests : SqlMigration
{
    public override int Version => 4;

    public override string Name => "per-article digests";

    protected override string Sql => """
        ALTER TABLE analyses ADD COLUMN digest TEXT;
        """;
}
