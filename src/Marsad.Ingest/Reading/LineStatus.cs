namespace Marsad.Ingest.Reading;

internal enum LineStatus
{
    Line,

    /// <summary>The line was longer than the limit; it was skipped without being held in memory.</summary>
    TooLong,

    End,
}
