namespace Marsad.Cli.Commands;

/// <summary>The check every command that reads named files makes first, with one wording for a missing file.</summary>
internal static class InputFile
{
    /// <returns><see langword="true"/> when every path exists; otherwise the first missing one is reported.</returns>
    public static bool AllExist(CliConsole console, params string[] paths)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                console.Error.WriteLine($"marsad: {path}: no such file");
                return false;
            }
        }
        return true;
    }
}
