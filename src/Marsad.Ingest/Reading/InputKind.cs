namespace Marsad.Ingest.Reading;

/// <summary>The article formats Marsad reads, by file extension.</summary>
internal enum InputKind
{
    Unknown,
    Text,
    Html,
    Json,
    JsonLines,
    JsonLinesGzip,
}
