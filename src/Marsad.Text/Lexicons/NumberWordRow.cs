namespace Marsad.Text.Lexicons;

/// <summary>One line of <see cref="NumberWordTable"/>: a value and the forms that write it, as listed (unfolded).</summary>
public sealed record NumberWordRow(NumberWordClass Class, double Value, IReadOnlyList<string> Forms);
