namespace Marsad.Extraction.Dates;

/// <summary>An accepted date as a span of the normalised text, before mapping back to the original.</summary>
internal readonly record struct Candidate(int Start, int End, string? Value, DateModifier? Modifier);
