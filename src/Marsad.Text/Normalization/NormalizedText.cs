namespace Marsad.Text.Normalization;

/// <summary>
/// A normalised copy of a text with a map back to the original: <c>Map[i]</c> is the index in
/// <see cref="Original"/> of the character that produced <c>Value[i]</c>, and <c>Map[Value.Length]</c>
/// is <c>Original.Length</c>, so a half-open span of the copy maps to a half-open span of the original.
/// </summary>
public sealed class NormalizedText
{
    public NormalizedText(string original, string value, int[] map)
    {
        Original = original;
        Value = value;
        Map = map;
    }

    public string Original { get; }

    public string Value { get; }

    public int[] Map { get; }

    /// <summary>Maps the half-open span [start, end) of <see cref="Value"/> to the original text.</summary>
    public (int Start, int End) ToOriginal(int start, int end) => throw new NotImplementedException();
}
