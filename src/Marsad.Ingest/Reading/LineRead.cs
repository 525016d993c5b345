namespace Marsad.Ingest.Reading;

/// <summary>
/// One line from a <see cref="BoundedLineReader"/>. <see cref="Bytes"/> is valid only until the
/// next read. <see cref="Terminated"/> is false for a last line with no newline after it.
/// </summary>
internal readonly record struct LineRead(LineStatus Status, ReadOnlyMemory<byte> Bytes, long Length, bool Terminated);
