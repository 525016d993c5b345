namespace Marsad.Store;

/// <summary>
/// Where a collection lives: the database file and, beside it, the search index folder
/// (<c>marsad.db</c> → <c>marsad.index/</c>), so that copying or deleting one pair moves both.
/// </summary>
public sealed record StorePaths(string DatabasePath, string IndexPath)
{
    public const string DefaultDatabaseName = "marsad.db";

    /// <summary>The paths for a database at <paramref name="databasePath"/>, its index beside it.</summary>
    public static StorePaths ForDatabase(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var full = Path.GetFullPath(databasePath);
        var folder = Path.GetDirectoryName(full) ?? full;
        return new StorePaths(full, Path.Combine(folder, Path.GetFileNameWithoutExtension(full) + ".index"));
    }

    /// <summary>
    /// The per-user default: <c>$MARSAD_HOME</c>, else <c>$XDG_DATA_HOME/marsad</c>, else
    /// <c>~/.local/share/marsad</c> (the XDG default, used on every platform so that one rule is
    /// documented), holding <c>marsad.db</c>.
    /// </summary>
    public static StorePaths Default() => ForDatabase(Path.Combine(DefaultHome(Environment.GetEnvironmentVariable), DefaultDatabaseName));

    /// <summary>The default folder, reading the environment through <paramref name="getVariable"/> (tests pass their own).</summary>
    public static string DefaultHome(Func<string, string?> getVariable)
    {
        if (getVariable("MARSAD_HOME") is { Length: > 0 } home)
        {
            return home;
        }
        if (getVariable("XDG_DATA_HOME") is { Length: > 0 } data)
        {
            return Path.Combine(data, "marsad");
        }
        var profile = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(profile, ".local", "share", "marsad");
    }
}
