using System.Collections.Concurrent;

namespace Marsad.Core.Digests;

/// <summary>
/// One string per distinct word across a process's digests. A collection's digests hold the folded
/// words of every headline, event and quote, and the same few hundred thousand words recur across
/// tens of thousands of articles: sharing them keeps a whole store's digests in memory at the size
/// of its vocabulary, not of its running text. Bounded (past <see cref="Capacity"/> words a new one
/// is returned as it is), thread-safe, and never changes what a digest says.
/// </summary>
public static class WordPool
{
    /// <summary>Words pooled at most; a vocabulary larger than this is rare, and then the rest are simply not shared.</summary>
    public const int Capacity = 1_000_000;

    /// <summary>Words longer than this are seldom repeated; they are not pooled.</summary>
    private const int MaxLength = 40;

    private static readonly ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);

    /// <summary>How many are pooled (<see cref="ConcurrentDictionary{TKey, TValue}.Count"/> takes every lock, on every call).</summary>
    private static int _pooled;

    /// <summary>The pooled copy of <paramref name="word"/> (the word itself the first time it is seen).</summary>
    public static string Share(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > MaxLength)
        {
            return word;
        }
        if (Words.TryGetValue(word, out string? shared))
        {
            return shared;
        }
        if (Volatile.Read(ref _pooled) >= Capacity)
        {
            return word;
        }
        string pooled = Words.GetOrAdd(word, word);
        if (ReferenceEquals(pooled, word))
        {
            Interlocked.Increment(ref _pooled);
        }
        return pooled;
    }

    /// <summary>The words of <paramref name="words"/>, pooled, as a new array.</summary>
    public static string[] Share(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return [.. words.Select(Share)];
    }
}
