namespace Marsad.Ingest;

/// <summary>
/// One input as read, before cleaning: decoded text and whatever fields the input named. Reading
/// (I/O, sequential) yields these; <see cref="ArticleCleaner.Clean(RawDocument)"/> (CPU, pure)
/// turns each into an article independently, so cleaning can run in parallel.
/// </summary>
/// <param name="Location">The path (with <c>#line</c> for JSON Lines, <c>#n</c> for the n-th object of a JSON array).</param>
/// <param name="Format">How <paramref name="Body"/> is to be read.</param>
/// <param name="Body">Plain text, HTML, or the JSON <c>text</c>/<c>content</c>/<c>body</c> field.</param>
public sealed record RawDocument(string Location, RawFormat Format, string Body)
{
    /// <summary>The input's own id (JSON <c>id</c>).</summary>
    public string? Id { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Author { get; init; }

    /// <summary>The outlet as the input names it, before normalisation.</summary>
    public string? Outlet { get; init; }

    /// <summary>The publication time as the input writes it, parsed when cleaning.</summary>
    public string? Published { get; init; }
}
