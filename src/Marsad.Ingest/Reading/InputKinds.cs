namespace Marsad.Ingest.Reading;

/// <summary>File extension → format. Extensions compare ignoring case: "A.TXT" is text.</summary>
internal static class InputKinds
{
    public const string Expected = ".txt, .html, .htm, .json, .jsonl or .jsonl.gz";

    public static InputKind FromPath(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ndjson.gz", StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.JsonLinesGzip;
        }
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".txt" => InputKind.Text,
            ".html" or ".htm" or ".xhtml" => InputKind.Html,
            ".json" => InputKind.Json,
            ".jsonl" or ".ndjson" => InputKind.JsonLines,
            _ => InputKind.Unknown,
        };
    }
}
