namespace Marsad.Search;

/// <summary>A half-open span [<see cref="Start"/>, <see cref="End"/>) of UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
