using System.Reflection;

namespace Marsad.Cli.Tests.Support;

/// <summary>The repository root, as recorded at build time (see Directory.Build.props).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = typeof(RepoPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Samples => Path.Combine(Root, "samples");
}
