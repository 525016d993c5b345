namespace Marsad.Ingest.Reading;

/// <summary>A file to read; <paramref name="Explicit"/> when the user named it rather than a folder holding it.</summary>
internal readonly record struct InputFile(string Path, InputKind Kind, bool Explicit);
