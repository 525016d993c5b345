namespace Marsad.Store.Sqlite;

/// <summary>A hold on the store's one connection, given back on dispose (a <see langword="lock"/> cannot span an await).</summary>
internal readonly struct Lease(SemaphoreSlim gate) : IDisposable
{
    public void Dispose() => gate.Release();
}
