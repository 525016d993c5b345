namespace Marsad.Extraction.Quantities;

/// <summary>One entry of <see cref="NumberWords"/>: its role and value (for a scale, its multiplier times its count).</summary>
internal readonly record struct NumberWord(NumberWordKind Kind, double Value, double Multiplier = 0);
