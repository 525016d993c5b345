
namespace Marsad.Training.Entities.Conll;

/// <summary>A line of a CoNLL file that cannot be read; the message names the line.</summary>
public sealed class ConllFormatException : FormatException
{
    public ConllFormatException(int lineNumber, string reason)
        : base($"line {lineNumber}: {reason}")
    {
        LineNumber = lineNumber;
    }

    /// <summary>The 1-based number of the offending line.</summary>
    public int LineNumber { get; }
}
