using System.Collections.Frozen;
using System.Numerics;
using Marsad.Text.Normalization;

namespace Marsad.Text.Tokenization;

/// <summary>
/// The <see cref="ProcliticLexicon"/> and <see cref="ProtectedWordResource"/> folded for one
/// normaliser, behind two filters: a bit per three-letter start, then (found by the rank of that
/// bit) the lengths of the entries with that start. Most words are ruled out by array reads and the
/// rest by one set probe, which matters because the splitter asks about nearly half the Arabic
/// words in a text (الم، الت، وال are starts of protected words as well as of everyday ones).
/// </summary>
internal sealed class ProtectedWords
{
    /// <summary>The letters the filter covers (ء U+0621 to ي U+064A, and a little room either side).</summary>
    private const char FirstLetter = '\u0620';
    private const int Letters = 64;

    private readonly ulong[] _starts = new ulong[Letters * Letters * Letters / 64];
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stems;

    // Set bits in _starts before each of its words, so a start's slot in _lengths is a popcount away.
    private readonly int[] _rank = new int[Letters * Letters * Letters / 64];

    // Per three-letter start, in bit order: bit n of Stems/Words set when an entry of length n has that start.
    private readonly (uint Stems, uint Words)[] _lengths;

    public ProtectedWords(ArabicNormalizer normalizer)
    {
        FrozenSet<string> words = Fold(normalizer, [.. ProcliticLexicon.Words, .. ProtectedWordResource.Words]);
        FrozenSet<string> stems = Fold(normalizer, ProcliticLexicon.Stems);
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _stems = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        var lengths = new Dictionary<int, (uint Stems, uint Words)>();
        foreach (string entry in words.Concat(stems))
        {
            int index = StartIndex(entry);
            if (index < 0 || entry.Length >= 32)
            {
                throw new InvalidOperationException($"Protected word '{entry}' must be 3 to 31 Arabic letters.");
            }

            _starts[index >> 6] |= 1UL << index;
            (uint stemLengths, uint wordLengths) = lengths.GetValueOrDefault(index);
            lengths[index] = stems.Contains(entry)
                ? (stemLengths | (1u << entry.Length), wordLengths | (words.Contains(entry) ? 1u << entry.Length : 0))
                : (stemLengths, wordLengths | (1u << entry.Length));
        }

        int slots = 0;
        for (int i = 0; i < _starts.Length; i++)
        {
            _rank[i] = slots;
            slots += BitOperations.PopCount(_starts[i]);
        }

        _lengths = [.. lengths.OrderBy(pair => pair.Key).Select(pair => pair.Value)];
    }

    /// <summary>Whether <paramref name="word"/> is a protected word or starts with a protected stem.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        int index = StartIndex(word);
        if (index < 0)
        {
            return false;
        }

        ulong bits = _starts[index >> 6];
        ulong bit = 1UL << index;
        if ((bits & bit) == 0)
        {
            return false;
        }

        (uint stemLengths, uint wordLengths) = _lengths[_rank[index >> 6] + BitOperations.PopCount(bits & (bit - 1))];
        if (word.Length < 32 && (wordLengths & (1u << word.Length)) != 0 && _words.Contains(word))
        {
            return true;
        }

        // Only the lengths some stem with this start has, up to the word's own length.
        uint candidates = word.Length < 31 ? stemLengths & ((2u << word.Length) - 1) : stemLengths;
        while (candidates != 0)
        {
            int length = BitOperations.TrailingZeroCount(candidates);
            if (_stems.Contains(word[..length]))
            {
                return true;
            }

            candidates &= candidates - 1;
        }

        return false;
    }

    /// <summary>The filter bit of the first three letters; -1 when shorter or outside the Arabic letters.</summary>
    private static int StartIndex(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return -1;
        }

        uint a = (uint)(word[0] - FirstLetter);
        uint b = (uint)(word[1] - FirstLetter);
        uint c = (uint)(word[2] - FirstLetter);
        return a < Letters && b < Letters && c < Letters ? (int)((((a * Letters) + b) * Letters) + c) : -1;
    }

    private static FrozenSet<string> Fold(ArabicNormalizer normalizer, IEnumerable<string> entries) =>
        entries.Select(e => normalizer.NormalizeTerm(e)).ToFrozenSet(StringComparer.Ordinal);
}
