using System.Text;
using Marsad.Extraction.Entities.Clusters;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Two taggers in sequence over a document: the first tags each sentence alone; the second sees,
/// through <see cref="DocumentContext"/>, what the first made of the same words nearby. The second
/// is trained on first-pass labels produced by cross-validation (each fold tagged by a model that
/// never saw it), so it learns how far to trust them on unseen text.
/// </summary>
public sealed class StackedTagger : ISentenceTagger
{
    private const string Magic = "MARSAD-NER-STACK";
    // About a kilobyte per word type: a quarter of a million types (all but the rarest words of a
    // year of news) keeps memory near 300 MB however many articles pass; rarer words are recomputed.
    private const int CacheLimit = 250_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> _cache = new(StringComparer.Ordinal);
    private int _cached;

    public StackedTagger(NerTagger first, NerTagger second)
    {
        First = first;
        Second = second;
        _outside = -1;
        for (int c = 0; c < first.Classes.Count; c++)
        {
            if (string.Equals(first.Classes[c], "O", StringComparison.Ordinal))
            {
                _outside = c;
            }
        }
    }

    private readonly int _outside;

    public NerTagger First { get; }

    public NerTagger Second { get; }

    public IReadOnlyList<string> Classes => Second.Classes;

    public string Description => Second.Model.Description;

    /// <summary>
    /// Class paths for a document's sentences, in order; emission scores of the second pass into
    /// <paramref name="emissions"/> when given (left as they were for a quiet sentence, which has no chunk to score).
    /// </summary>
    public int[][] Decode(IReadOnlyList<IReadOnlyList<string>> sentences, float[][]? emissions = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var words = new WordInfo[sentences.Count][];
        var firstVectors = new float[sentences.Count][][];
        var secondVectors = new float[sentences.Count][][];
        var marks = new byte[sentences.Count][];
        var firstPaths = new int[sentences.Count][];
        int longest = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            longest = Math.Max(longest, sentences[s].Count);
        }

        // The first pass's scores are only needed until its path is read off: one buffer serves every sentence.
        var scratch = new float[longest * First.Model.Tags.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            IReadOnlyList<string> tokens = sentences[s];
            words[s] = new WordInfo[tokens.Count];
            firstVectors[s] = new float[tokens.Count][];
            secondVectors[s] = new float[tokens.Count][];
            var starts = new bool[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                Entry entry = EntryOf(tokens[i]);
                words[s][i] = entry.Info;
                firstVectors[s][i] = entry.First;
                secondVectors[s][i] = entry.Second;
                starts[i] = entry.StartsName;
            }

            marks[s] = NerTagger.Marks(First.Model.Gazetteer, words[s], starts);
            firstPaths[s] = new int[tokens.Count];
            First.Decode(words[s], firstVectors[s], marks[s], firstPaths[s], scratch, null);
        }

        TokenKeys[] extra = DocumentContext.Keys(words, firstPaths, First.Classes);
        var paths = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            if (IsQuiet(firstPaths[s], extra[s]))
            {
                paths[s] = firstPaths[s];
                continue;
            }

            paths[s] = new int[words[s].Length];
            Second.Decode(words[s], secondVectors[s], marks[s], paths[s], emissions?[s], extra[s]);
        }

        return paths;
    }

    /// <summary>
    /// A sentence the first pass left all O, with none of its words tagged anywhere nearby, gives
    /// the second pass nothing new to read: its document features are those of an all-O sentence
    /// among strangers. Such sentences (about a quarter of news text) keep their first-pass path,
    /// which saves that share of the second pass. Measured when it was introduced (model
    /// f73.3): ANERcorp's test file tagged identically, and 19 of 38,453 mentions dropped on 3,000
    /// news articles.
    /// </summary>
    private bool IsQuiet(int[] path, TokenKeys extra)
    {
        if (extra.Evidence)
        {
            return false;
        }

        foreach (int c in path)
        {
            if (c != _outside)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>BIO tags for a document's sentences.</summary>
    public string[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        [.. Decode(sentences).Select(p => p.Select(c => Classes[c]).ToArray())];

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        foreach (NerTagger tagger in new[] { First, Second })
        {
            using var blob = new MemoryStream();
            tagger.Save(blob);
            writer.Write((int)blob.Length);
            writer.Write(blob.GetBuffer(), 0, (int)blob.Length);
        }
    }

    public static StackedTagger Load(Stream stream, WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        string magic;
        try
        {
            magic = reader.ReadString();
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Not a Marsad NER model.", e);
        }

        if (!string.Equals(magic, Magic, StringComparison.Ordinal))
        {
            throw new InvalidDataException("Not a Marsad NER model.");
        }

        var taggers = new NerTagger[2];
        var analyzer = new WordAnalyzer(clusters);
        for (int k = 0; k < 2; k++)
        {
            int length = reader.ReadInt32();
            if (length <= 0)
            {
                throw new InvalidDataException("NER model has an invalid part length.");
            }

            byte[] blob = reader.ReadBytes(length);
            if (blob.Length != length)
            {
                throw new InvalidDataException("NER model is truncated.");
            }

            taggers[k] = NerTagger.Load(new MemoryStream(blob), analyzer);
        }

        return new StackedTagger(taggers[0], taggers[1]);
    }

    /// <summary>A word's analysis and its score vectors under both models, from one bounded cache: one lookup per token.</summary>
    private Entry EntryOf(string token)
    {
        if (_cache.TryGetValue(token, out Entry? entry))
        {
            return entry;
        }

        WordInfo info = First.Analyzer.Analyze(token);
        entry = new Entry(info, First.Vectors(info), Second.Vectors(info), First.Model.Gazetteer.StartsName(info.Base));
        if (Volatile.Read(ref _cached) < CacheLimit && _cache.TryAdd(token, entry))
        {
            Interlocked.Increment(ref _cached);
        }

        return entry;
    }

    private sealed record Entry(WordInfo Info, float[] First, float[] Second, bool StartsName);
}
