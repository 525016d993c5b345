using Marsad.Core.Documents;

namespace Marsad.Ingest.PlainText;

/// <summary>What a cleaner found in one document, before identity and outlet are settled.</summary>
internal sealed record CleanedParts(string Text)
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    /// <summary>The outlet as found (a name or alias); normalised later with the URL.</summary>
    public string? Outlet { get; init; }

    public string? Url { get; init; }

    public PublicationTime? Published { get; init; }
}
