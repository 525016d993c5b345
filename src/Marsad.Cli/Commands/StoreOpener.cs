using System.CommandLine;
using Marsad.Store;

namespace Marsad.Cli.Commands;

/// <summary>Opens the collection named by <c>--db</c>, or the per-user default.</summary>
internal static class StoreOpener
{
    public static Collection Open(ParseResult parse)
    {
        var path = parse.GetValue(GlobalOptions.Database);
        var paths = string.IsNullOrWhiteSpace(path) ? StorePaths.Default() : StorePaths.ForDatabase(path);
        var folder = Path.GetDirectoryName(paths.DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        return Collection.Open(paths.DatabasePath);
    }
}
