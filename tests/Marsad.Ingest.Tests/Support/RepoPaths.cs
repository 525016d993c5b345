using System.Reflection;

namespace Marsad.Ingest.Tests.Support;

/// <summary>The shared inputs beside the repository (<c>../shared</c> from the folder holding Marsad.slnx).</summary>
internal static class RepoPaths
{
    public static string? Shared()
    {
        foreach (var start in Starts())
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Marsad.slnx")))
                {
                    var shared = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared"));
                    return Directory.Exists(shared) ? shared : null;
                }
            }
        }
        return null;
    }

    public static string? Seeds() => Shared() is { } shared && Directory.Exists(Path.Combine(shared, "corpus", "seeds"))
        ? Path.Combine(shared, "corpus", "seeds")
        : null;

    private static IEnumerable<string> Starts()
    {
        var source = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SourceDirectory")?.Value;
        if (!string.IsNullOrEmpty(source))
        {
            yield return source;
        }
        yield return AppContext.BaseDirectory;
        yield return Directory.GetCurrentDirectory();
    }
}
