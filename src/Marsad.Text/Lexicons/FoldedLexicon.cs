using System.Collections.Frozen;
using Marsad.Text.Normalization;

namespace Marsad.Text.Lexicons;

/// <summary>
/// A word table keyed by the search-normalised form (alef, hamza carriers, ى/ي and ة/ه folded), so
/// the tables list real spellings and every spelling variant in the text still meets them. Lookups
/// take a span — a token's normalised characters — and fold it on the stack, so the hot path
/// allocates nothing. Immutable and thread-safe.
/// </summary>
public sealed class FoldedLexicon<T>
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

    /// <summary>The normaliser that defines the keys: the key policy every table shares.</summary>
    public static ArabicNormalizer Normalizer => ArabicNormalizer.Search;

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

    /// <summary>
    /// Folds a token's normalised form into <paramref name="destination"/> (at least as long) so that
    /// several slices of it (the whole word, the word without clitics) can be looked up with
    /// <see cref="TryGetFolded"/> for the price of one fold. The extra folds (ة/ه, ؤ/و, ئ/ي) are one
    /// character for one, so the slices line up with the normalised form. False when too long.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> normalized, Span<char> destination, out int written)
    {
        written = 0;
        return normalized.Length <= MaxKey && Normalizer.TryNormalize(normalized, destination, [], out written)
            && written == normalized.Length;
    }

    /// <summary>Looks up a word already folded by <see cref="TryFold"/>.</summary>
    public bool TryGetFolded(ReadOnlySpan<char> folded, out T value)
    {
        value = default!;
        return !folded.IsEmpty && _lookup.TryGetValue(folded, out value!);
    }
}
