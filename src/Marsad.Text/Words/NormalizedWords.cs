using System.Buffers;
using Marsad.Text.Normalization;

namespace Marsad.Text.Words;

/// <summary>
/// The words of an article body after search normalisation (hamza carriers, taa marbuta, alef
/// maksura, harakat and case folded), cut at every character that is not a letter or a digit. Both
/// duplicate detection and story grouping read bodies through this one pass, so a copy that only
/// differs in spelling variants, punctuation or line breaks reads as the same words.
/// </summary>
public static class NormalizedWords
{
    /// <summary>Longer bodies are read up to here: bounds the work one odd document can cause.</summary>
    public const int MaxChars = 200_000;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    private static readonly ArabicNormalizer Normalizer = ArabicNormalizer.Search;

    /// <summary>
    /// A reader that wants only the first words normalises only this many characters per word
    /// wanted: news words average under ten characters with their spaces and punctuation.
    /// </summary>
    private const int CharsPerWantedWord = 24;

    /// <summary>Hands each word of <paramref name="text"/> to <paramref name="visitor"/>, in order, up to <paramref name="maxWords"/> words.</summary>
    public static void Visit<TVisitor>(string? text, ref TVisitor visitor, int maxWords = int.MaxValue)
        where TVisitor : IWordVisitor, allows ref struct
    {
        if (string.IsNullOrEmpty(text) || maxWords <= 0)
        {
            return;
        }

        int limit = (int)Math.Min(MaxChars, (long)maxWords * CharsPerWantedWord);
        ReadOnlySpan<char> source = text.AsSpan(0, Math.Min(text.Length, limit));
        char[] buffer = ArrayPool<char>.Shared.Rent(source.Length * Math.Max(1, Normalizer.MaxExpansion));
        try
        {
            if (!Normalizer.TryNormalize(source, buffer, [], out int written))
            {
                return;
            }

            VisitFolded(buffer.AsSpan(0, written), source.Length < text.Length, ref visitor, maxWords);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The same over a text already folded by <see cref="ArabicNormalizer.Search"/> (an
    /// <see cref="AnalyzedText"/>'s <see cref="AnalyzedText.Folded"/>): the words and the cut are
    /// exactly those of <see cref="Visit{TVisitor}(string?, ref TVisitor, int)"/> on its original,
    /// without folding it again.
    /// </summary>
    public static void Visit<TVisitor>(NormalizedText folded, ref TVisitor visitor, int maxWords = int.MaxValue)
        where TVisitor : IWordVisitor, allows ref struct
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (folded.Original.Length == 0 || maxWords <= 0)
        {
            return;
        }

        int limit = (int)Math.Min(MaxChars, (long)maxWords * CharsPerWantedWord);
        if (folded.Original.Length <= limit)
        {
            VisitFolded(folded.Value, cut: false, ref visitor, maxWords);
            return;
        }

        // Folding is character by character, so the fold of the first `limit` characters is the
        // part of the copy they produced: everything mapped before the cut (the map never decreases).
        int lo = 0, end = folded.Value.Length;
        while (lo < end)
        {
            int mid = (lo + end) >>> 1;
            if (folded.Map[mid] < limit)
            {
                lo = mid + 1;
            }
            else
            {
                end = mid;
            }
        }
        VisitFolded(folded.Value.AsSpan(0, end), cut: true, ref visitor, maxWords);
    }

    private static void VisitFolded<TVisitor>(ReadOnlySpan<char> folded, bool cut, ref TVisitor visitor, int maxWords)
        where TVisitor : IWordVisitor, allows ref struct
    {
        int start = -1;
        int words = 0;
        for (int i = 0; i <= folded.Length && words < maxWords; i++)
        {
            bool inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (cut && i == folded.Length)
                {
                    // The word the cut went through is not a word of the text.
                    break;
                }

                visitor.Word(folded[start..i]);
                words++;
                start = -1;
            }
        }
    }

    /// <summary>A stable 64-bit hash of each word, in order (FNV-1a: the same on every machine and run, so it may be stored).</summary>
    public static ulong[] Hashes(string? text)
    {
        var collector = new HashCollector(new List<ulong>());
        Visit(text, ref collector);
        return [.. collector.Hashes];
    }

    /// <summary>The same over a text already folded (<see cref="Visit{TVisitor}(NormalizedText, ref TVisitor, int)"/>).</summary>
    public static ulong[] Hashes(NormalizedText folded)
    {
        var collector = new HashCollector(new List<ulong>());
        Visit(folded, ref collector);
        return [.. collector.Hashes];
    }

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="word"/>, continuing from <paramref name="seed"/>.</summary>
    public static ulong Hash(ReadOnlySpan<char> word, ulong seed = FnvOffset)
    {
        ulong hash = seed;
        foreach (char c in word)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    private readonly struct HashCollector(List<ulong> hashes) : IWordVisitor
    {
        public List<ulong> Hashes { get; } = hashes;

        public void Word(ReadOnlySpan<char> word) => Hashes.Add(Hash(word));
    }
}
