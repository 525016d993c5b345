namespace Marsad.Store;

/// <summary>
/// What a <c>--db</c> value names. A PostgreSQL URI (<c>postgres://…</c>, <c>postgresql://…</c>)
/// or a key=value connection string with a <c>Host</c> (or <c>Server</c>) key names a server;
/// anything else is a path: an existing folder holds <see cref="StorePaths.DefaultDatabaseName"/>,
/// any other path is the database file itself; null or blank is the per-user default.
/// </summary>
public abstract record StoreLocation
{
    private StoreLocation()
    {
    }

    /// <summary>The embedded store: a SQLite file and its Lucene index beside it.</summary>
    public sealed record Embedded(StorePaths Paths) : StoreLocation;

    /// <summary>A PostgreSQL server; the connection string is kept out of <see cref="ToString"/>, as it may hold a password.</summary>
    public sealed record PostgreSql(string ConnectionString) : StoreLocation
    {
        public override string ToString() => "PostgreSql { (connection string) }";
    }

    public static StoreLocation Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new Embedded(StorePaths.Default());
        }
        var trimmed = value.Trim();
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || IsConnectionString(trimmed))
        {
            return new PostgreSql(trimmed);
        }
        return new Embedded(Directory.Exists(value)
            ? StorePaths.ForDatabase(Path.Combine(value, StorePaths.DefaultDatabaseName))
            : StorePaths.ForDatabase(value));
    }

    /// <summary>A string of <c>key=value</c> pairs, separated by semicolons, one of them naming a host.</summary>
    private static bool IsConnectionString(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .Any(pair => pair.Length == 2 && pair[0].Trim() is var key
                && (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)));
}
