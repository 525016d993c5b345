using Marsad.Store.Sqlite;

namespace Marsad.Store.Tests.Sqlite;

/// <summary>The storage contract, run against SQLite.</summary>
public sealed class SqliteDocumentStoreTests : DocumentStoreContract
{
    private readonly TempFolder _folder = new();

    protected override IDocumentStore CreateStore() => SqliteDocumentStore.Open(_folder.File("marsad.db"));

    public override void Dispose()
    {
        base.Dispose();
        _folder.Dispose();
    }
}
