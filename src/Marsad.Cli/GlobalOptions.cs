using System.CommandLine;

namespace Marsad.Cli;

/// <summary>Options every command understands, declared once on the root.</summary>
internal static class GlobalOptions
{
    public static Option<string?> Database { get; } = new("--db")
    {
        Description = "The Marsad store to use (a SQLite file; its search index sits beside it). " +
                      "Default: $MARSAD_HOME/marsad.db, else ~/.local/share/marsad/marsad.db.",
        HelpName = "PATH",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Print machine-readable JSON instead of tables (for scripts).",
        Recursive = true,
    };
}
