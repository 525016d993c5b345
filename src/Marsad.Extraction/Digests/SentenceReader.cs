using System.Collections.Concurrent;
using Marsad.Core.Digests;
using Marsad.Text;
using Marsad.Text.Tokenization;
using Marsad.Text.Words;

namespace Marsad.Extraction.Digests;

/// <summary>
/// Every sentence of an article with its topic stems (<see cref="TopicWords.Stems(IEnumerable{Token})"/>),
/// hashed, distinct and ascending: what a briefing's extractive summary weighs across articles.
/// Read from the article's own tokens, so no sentence is tokenised again; a word's stem hash is
/// remembered across articles (news repeats its words), up to <see cref="Remembered"/> words.
/// </summary>
internal static class SentenceReader
{
    /// <summary>Words whose stem hash is remembered: enough for a corpus's working vocabulary, bounded for a process that reads for days.</summary>
    private const int Remembered = 250_000;

    /// <summary>A word as the tokenizer gave it, with its proclitics' length → its stem hash, or null when it is no topic word.</summary>
    private static readonly ConcurrentDictionary<(string Word, int Proclitics), ulong?> Stems = new();

    /// <summary>How many are remembered (<see cref="ConcurrentDictionary{TKey, TValue}.Count"/> takes every lock).</summary>
    private static int _remembered;

    public static SentenceTable Read(AnalyzedText read)
    {
        int count = read.Sentences.Count;
        var spans = new int[2 * count];
        var stemEnds = new int[count];
        var all = new List<ulong>();
        IReadOnlyList<Token> tokens = read.Tokens;
        var stems = new HashSet<ulong>();
        int next = 0;
        for (int i = 0; i < count; i++)
        {
            var (start, end) = read.Sentences[i];
            while (next < tokens.Count && tokens[next].Start < start)
            {
                next++;
            }
            stems.Clear();
            while (next < tokens.Count && tokens[next].End <= end)
            {
                if (StemOf(tokens[next++]) is { } stem)
                {
                    stems.Add(stem);
                }
            }
            ulong[] sorted = [.. stems];
            Array.Sort(sorted);
            all.AddRange(sorted);
            spans[2 * i] = start;
            spans[(2 * i) + 1] = end;
            stemEnds[i] = all.Count;
        }
        return new SentenceTable(spans, stemEnds, [.. all]);
    }

    private static ulong? StemOf(in Token token)
    {
        if (token.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord))
        {
            return null;
        }
        // Keyed by the word as it stands and the length of its proclitics, so no base is cut for a word seen before.
        var word = (token.Normalized, token.ProcliticLength);
        if (Stems.TryGetValue(word, out ulong? known))
        {
            return known;
        }
        ulong? stem = TopicWords.Stems([token]) is [var only] ? NormalizedWords.Hash(only) : null;
        if (Volatile.Read(ref _remembered) < Remembered && Stems.TryAdd(word, stem))
        {
            Interlocked.Increment(ref _remembered);
        }
        return stem;
    }
}
