using System.Reflection;

namespace Marsad.Testing;

/// <summary>
/// The repository root as recorded at build time (Directory.Build.props), so tests find
/// <c>samples/</c> and <c>../shared</c> even when outputs are built elsewhere (MARSAD_ARTIFACTS).
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = typeof(RepoPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The shared inputs beside the repository, or null when they are absent (tests then skip, saying so).</summary>
    public static string? Shared()
    {
        var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }
}
