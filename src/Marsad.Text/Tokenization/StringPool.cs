using System.Collections.Concurrent;

namespace Marsad.Text.Tokenization;

/// <summary>
/// A bounded, thread-safe pool of the short strings text processing makes per token (words,
/// their normalised forms). News repeats its vocabulary, so after the first articles nearly every
/// token finds its string here instead of allocating one: the garbage collector, which otherwise
/// spends a tenth of an extraction run sweeping token strings, has far less to do. Bounded so that
/// memory stays flat however many articles pass: once full, new strings are made and not kept.
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _limit;
    private readonly int _longest;
    private int _count;

    /// <param name="limit">How many strings the pool keeps at most.</param>
    /// <param name="longest">Longer strings are never pooled (they rarely repeat).</param>
    public StringPool(int limit, int longest = 32)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(longest);
        _limit = limit;
        _longest = longest;
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The pool every tokenizer shares: half a million strings at most (a few tens of MB).</summary>
    public static StringPool Shared { get; } = new(1 << 19);

    public int Count => Volatile.Read(ref _count);

    /// <summary>A string equal to <paramref name="chars"/>: the pooled one when there is one.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0)
        {
            return string.Empty;
        }

        if (chars.Length > _longest)
        {
            return new string(chars);
        }

        if (_lookup.TryGetValue(chars, out string? pooled))
        {
            return pooled;
        }

        string made = new(chars);
        if (Volatile.Read(ref _count) >= _limit)
        {
            return made;
        }

        if (_strings.TryAdd(made, made))
        {
            Interlocked.Increment(ref _count);
            return made;
        }

        // Another thread pooled the same word a moment ago: hand out its string, so there is one.
        return _lookup.TryGetValue(chars, out pooled) ? pooled : made;
    }
}
