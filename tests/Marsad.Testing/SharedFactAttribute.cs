using Xunit;

namespace Marsad.Testing;

/// <summary>
/// A fact that needs a file or folder under <c>../shared</c> (a path relative to it, such as
/// <c>data/anercorp/train.txt</c>). Where it is absent the test is reported as skipped, with the
/// path in the reason, rather than passing silently; CI (<c>.ci/run</c>) fails on any skip, since
/// it always runs with <c>../shared</c> beside the clone.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string relativePath)
    {
        RelativePath = relativePath;
        Skip = SharedInput.MissingReason(relativePath);
    }

    public string RelativePath { get; }
}

/// <summary>The theory form of <see cref="SharedFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(string relativePath)
    {
        RelativePath = relativePath;
        Skip = SharedInput.MissingReason(relativePath);
    }

    public string RelativePath { get; }
}

/// <summary>Where a test's input under <c>../shared</c> is, or why it cannot run.</summary>
public static class SharedInput
{
    /// <summary>Null when <paramref name="relativePath"/> exists under <c>../shared</c>; else the skip reason.</summary>
    public static string? MissingReason(string relativePath)
    {
        if (RepoPaths.Shared() is not { } shared)
        {
            return $"needs ../shared beside the repository ({Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared"))} is absent)";
        }
        string path = Path.Combine(shared, relativePath);
        return File.Exists(path) || Directory.Exists(path) ? null : $"needs ../shared/{relativePath}, which is absent";
    }

    /// <summary>
    /// The full path of an input a <see cref="SharedFactAttribute"/> already checked; throws when it
    /// is absent after all (a test that forgot the attribute fails rather than passing silently).
    /// </summary>
    public static string PathOf(string relativePath) => MissingReason(relativePath) is { } reason
        ? throw new InvalidOperationException(reason)
        : System.IO.Path.Combine(RepoPaths.Shared()!, relativePath);
}
