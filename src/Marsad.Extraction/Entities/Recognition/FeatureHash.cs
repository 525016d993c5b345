namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Stable 64-bit feature keys: FNV-1a over a string's chars, then a SplitMix64 finish to mix a
/// template id or a position in. Features are looked up by these keys, never built as strings,
/// so tagging allocates nothing per feature. Stable across processes (unlike string.GetHashCode),
/// which the saved model depends on.
/// </summary>
internal static class FeatureHash
{
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }

    public static ulong Mix(ulong a, ulong b) => Finish(a ^ ((b + 0x9E3779B97F4A7C15UL) * 0xBF58476D1CE4E5B9UL));

    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
