namespace Marsad.Ingest.Reading;

/// <summary>
/// Expands the paths a user gave into files, in a deterministic order: explicit paths as given,
/// each folder's files recursively in ordinal path order. Hidden files and folders (".git") are
/// passed over.
/// </summary>
internal static class InputWalker
{
    public static IEnumerable<InputFile> Walk(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in FilesUnder(path))
                {
                    yield return new InputFile(file, InputKinds.FromPath(file), Explicit: false);
                }
            }
            else
            {
                yield return new InputFile(path, InputKinds.FromPath(path), Explicit: true);
            }
        }
    }

    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        var files = Directory.EnumerateFiles(folder, "*", options)
            .Where(file => !IsHidden(Path.GetRelativePath(folder, file)))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool IsHidden(string relativePath)
    {
        foreach (var part in relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (part.StartsWith('.'))
            {
                return true;
            }
        }
        return false;
    }
}
