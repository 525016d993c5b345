namespace Marsad.Ingest.Reading;

/// <summary>Decoded text, or why the bytes are not text Marsad can read.</summary>
internal readonly record struct DecodeResult(string? Text, string? Problem)
{
    public static DecodeResult Ok(string text) => new(text, null);

    public static DecodeResult Failed(string problem) => new(null, problem);
}
