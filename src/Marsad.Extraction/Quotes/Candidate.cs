namespace Marsad.Extraction.Quotes;

/// <summary>
/// A quote found by one pattern, before its speaker is resolved and its end settled. Mutable, and
/// local to one <see cref="QuoteScan"/>: indirect spans run to the sentence end until the next cue
/// in the sentence cuts them.
/// </summary>
internal sealed class Candidate
{
    public required int CueToken { get; init; }

    public required CueWord Cue { get; init; }

    /// <summary>The length of the و/ف clitic on the cue word (0 or 1).</summary>
    public required int Clitic { get; init; }

    public required bool Direct { get; init; }

    /// <summary>Whether the span is the inside of a pair of quotation marks (fixed by the marks).</summary>
    public bool Marked { get; init; }

    public required int Start { get; init; }

    public int End { get; set; }

    /// <summary>The first token of the clause that reports this quote; an earlier quote ends before it.</summary>
    public required int ClauseToken { get; init; }

    /// <summary>Token range [SubjectFrom, SubjectTo) of the named speaker; SubjectFrom is -1 when none was named.</summary>
    public int SubjectFrom { get; init; } = -1;

    public int SubjectTo { get; init; } = -1;

    /// <summary>Where a date of the reporting clause may stand: [DateFrom, DateTo) of the text.</summary>
    public int DateFrom { get; set; }

    public int DateTo { get; set; }

    public int Sentence { get; init; }
}
