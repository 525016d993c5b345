namespace Marsad.Extraction.Quantities;

/// <summary>A cue phrase (its words folded) and what it says about the number beside it.</summary>
internal sealed record QuantityCue(string[] Words, bool Approximate, QuantityBound? Bound);
