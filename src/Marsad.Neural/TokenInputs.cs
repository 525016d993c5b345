using System.Collections.Concurrent;
using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Entities.Embeddings;

namespace Marsad.Neural;

/// <summary>
/// What the teacher reads of each token: its subword vector, its letters as ids, and three small
/// features: the cue flags of its base (title, kunya, organisation or place head, reporting verb,
/// direction), and the place-name and mined-name marks of the gazetteer (<see cref="Gazetteer.Mark(IReadOnlyList{string}, Span{byte})"/>).
/// Tokens are keyed as the fast tagger keys them (<see cref="WordForms"/>), so ANERcorp's and the
/// tokenizer's spellings meet.
/// </summary>
internal sealed class TokenInputs
{
    public const int MaxLetters = 20;

    /// <summary>
    /// Sizes of the feature vocabularies: cue flags (6 bits), place marks, mined-name marks, and the
    /// fast tagger's flat word clusters (k = 256 and 1024 of the word as written, 1024 of its base;
    /// 0 when the word has none), which carry what 62,000 unlabelled articles say of words the
    /// labelled data never shows.
    /// </summary>
    public static IReadOnlyList<int> FeatureSizes { get; } = [64, 16, 16, 257, 1025, 1025, GuessClasses];

    /// <summary>The fast tagger's guess (<see cref="TaggerGuesses"/>): a class index + 1, 0 for none; room for 15 classes.</summary>
    public const int GuessClasses = 16;

    private readonly SubwordVectors _vectors;
    private readonly Gazetteer _gazetteer;
    private readonly WordClusters _clusters;
    /// <summary>Each word form's vector, worked out once; concurrent, as a recognizer is shared across threads.</summary>
    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);

    public TokenInputs(SubwordVectors vectors, Gazetteer gazetteer, WordClusters clusters, IReadOnlyDictionary<char, int> letters, IReadOnlyDictionary<string, int> words)
    {
        _vectors = vectors;
        _gazetteer = gazetteer;
        _clusters = clusters;
        Letters = letters;
        Words = words;
    }

    /// <summary>The training data's words (folded surfaces), ids from 1; 0 is any other word.</summary>
    public IReadOnlyDictionary<string, int> Words { get; }

    public static Dictionary<string, int> WordsOf(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string token in sentences.SelectMany(s => s))
        {
            words.TryAdd(WordForms.Of(token).Surface, words.Count + 1);
        }
        return words;
    }

    /// <summary>Letter ids from 2 (0 pads, 1 is a letter never seen in training).</summary>
    public IReadOnlyDictionary<char, int> Letters { get; }

    public int Dimensions => _vectors.Dimensions;

    public static Dictionary<char, int> LettersOf(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var letters = new Dictionary<char, int>();
        foreach (string token in sentences.SelectMany(s => s))
        {
            foreach (char c in WordForms.Of(token).Surface)
            {
                letters.TryAdd(c, letters.Count + 2);
            }
        }
        return letters;
    }

    /// <summary>One sentence's inputs: vectors [length × dimensions], word ids [length], letters [length × <see cref="MaxLetters"/>], features [length × <see cref="FeatureSizes"/>].</summary>
    /// <param name="guesses">The fast tagger's tag of each token, class indices + 1 (null: none).</param>
    public (float[] Vectors, long[] Words, long[] Letters, long[] Features) Of(IReadOnlyList<string> tokens, IReadOnlyList<int>? guesses = null)
    {
        int n = tokens.Count, d = _vectors.Dimensions;
        var vectors = new float[n * d];
        var ids = new long[n];
        var letters = new long[n * MaxLetters];
        int f = FeatureSizes.Count;
        var features = new long[n * f];
        var bases = new string[n];
        for (int i = 0; i < n; i++)
        {
            (string surface, string wordBase, _) = WordForms.Of(tokens[i]);
            bases[i] = wordBase;
            _cache.GetOrAdd(surface, _vectors.Of).CopyTo(vectors, i * d);
            ids[i] = Words.TryGetValue(surface, out int wordId) ? wordId : 0;
            for (int k = 0; k < Math.Min(MaxLetters, surface.Length); k++)
            {
                letters[(i * MaxLetters) + k] = Letters.TryGetValue(surface[k], out int id) ? id : 1;
            }
            features[i * f] = CueLexicon.Of(wordBase) & 63;
            int[]? flat = _clusters.FlatOf(surface), baseFlat = _clusters.FlatOf(wordBase);
            features[(i * f) + 3] = flat is { Length: >= 3 } ? flat[1] + 1 : 0;
            features[(i * f) + 4] = flat is { Length: >= 3 } ? flat[2] + 1 : 0;
            features[(i * f) + 5] = baseFlat is { Length: >= 3 } ? baseFlat[2] + 1 : 0;
            features[(i * f) + 6] = guesses is null ? 0 : guesses[i];
        }
        var marks = new byte[n];
        _gazetteer.Mark(bases, marks);
        for (int i = 0; i < n; i++)
        {
            features[(i * f) + 1] = marks[i] & 0x0F;
            features[(i * f) + 2] = marks[i] >> 4;
        }
        return (vectors, ids, letters, features);
    }
}
