namespace Marsad.Text.Normalization;

/// <summary>
/// A normalised copy of a text with a map back to the original: <c>Map[i]</c> is the index in
/// <see cref="Original"/> of the character that produced <c>Value[i]</c>, and <c>Map[Value.Length]</c>
/// is <c>Original.Length</c>, so a half-open span of the copy maps to a half-open span of the original.
/// The map never decreases; when one original character expands into several (ﻻ → لا) they share
/// its index, and removed characters (harakat, tatweel, invisible marks) have no entry.
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

    /// <summary>
    /// Maps the half-open span [start, end) of <see cref="Value"/> to the original text: it starts
    /// at the first character that produced <c>Value[start]</c> and ends after the character that
    /// produced <c>Value[end - 1]</c> together with the harakat and tatweel that followed it (they
    /// belong to that letter), but not removed invisible marks or anything after them. Removed
    /// characters inside the span are therefore included and a word keeps its whole original spelling.
    /// An empty span maps to an empty span at <c>Map[start]</c>.
    /// </summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Value.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        if (start == end)
        {
            return (Map[start], Map[start]);
        }

        return (Map[start], OriginalEnd(Original, Map, end));
    }

    /// <summary>The original end of a copy span ending at <paramref name="end"/> (exclusive, &gt; 0).</summary>
    internal static int OriginalEnd(ReadOnlySpan<char> original, ReadOnlySpan<int> map, int end)
    {
        int result = map[end - 1] + 1;
        int limit = map[end];
        while (result < limit && NormalizationRules.IsAttachedMark(original[result]))
        {
            result++;
        }

        return result;
    }
}
