namespace Marsad.Store.Sqlite.Migrations;

/// <summary>
/// A random identity for the database, made once. An index records the identity it was built
/// from, so an index left beside a replaced or restored database is rebuilt rather than trusted
/// because its sequence numbers happen to look current.
/// </summary>
internal sealed class Migration0002StoreIdentity : SqlMigration
{
    public override int Version => 2;

    public override string Name => "store identity";

    protected override string Sql => """
        CREATE TABLE meta (
            key   TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        );
        INSERT INTO meta (key, value) VALUES ('store_id', lower(hex(randomblob(16))));
        """;
}
