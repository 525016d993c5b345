using Marsad.Core.Analysis;

namespace Marsad.Extraction.Dates;

/// <summary>
/// An accepted date as a span of the normalised text, before mapping back to the original. Either
/// <see cref="Value"/> is final (an explicit date) or <see cref="Relative"/> says how to compute it
/// once the anchor is known.
/// </summary>
internal readonly record struct Candidate(int Start, int End, string? Value, DateModifier? Modifier, RelativeDate Relative = default)
{
    /// <summary>An explicit date with its own year, usable as an anchor or as a sentence's year.</summary>
    public bool IsExplicit => Relative.Kind == RelativeKind.None && Value is not null;
}
