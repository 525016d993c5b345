using System.Collections.Frozen;
using Marsad.Text.Normalization;

namespace Marsad.Extraction.Lexicons;

/// <summary>
/// A word table keyed by the search-normalised form (alef, hamza carriers, ى/ي and ة/ه folded), so
/// the tables list real spellings and every spelling variant in the text still meets them. Lookups
/// take a span — a token's normalised characters — and fold it on the stack, so the hot path
/// allocates nothing. Immutable and thread-safe.
/// </summary>
internal sealed class FoldedLexicon<T>
{
    /// <summary>Longer words cannot be in any table here; they are rejected without folding.</summary>
    private const int MaxKey = 64;

    private readonly FrozenDictionary<string, T> _entries;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FoldedLexicon(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var folded = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach ((string word, T value) in entries)
        {
            folded.TryAdd(Fold(word), value);
        }

        _entries = folded.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The normaliser that defines the keys (the one month names use too).</summary>
    public static ArabicNormalizer Normalizer => Dates.MonthNames.Normalizer;

    public int Count => _entries.Count;

    public static string Fold(string word) => Normalizer.NormalizeTerm(word.AsSpan().Trim());

    /// <summary>Looks up <paramref name="word"/>, normalised or not.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        value = default!;
        if (word.IsEmpty || word.Length > MaxKey)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxKey * 2];
        if (!Normalizer.TryNormalize(word, buffer, [], out int written))
        {
            return false;
        }

        return _lookup.TryGetValue(buffer[..written], out value!);
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGet(word, out _);
}
