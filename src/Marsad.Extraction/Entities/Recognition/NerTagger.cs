using System.Collections.Concurrent;
using Marsad.Extraction.Entities.Clusters;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// The named-entity tagger: a first-order structured perceptron over hashed features, decoded
/// with Viterbi. Features that depend on one word type are summed into per-type score vectors
/// the first time the type is seen (one per window offset), so tagging a token costs five
/// vector adds, a dozen hash lookups and the Viterbi step — no strings, no per-feature allocation.
/// Thread-safe: the per-type cache is concurrent and its entries are immutable.
/// </summary>
public sealed class NerTagger
{
    // About a kilobyte per word type: a quarter of a million types (all but the rarest words of a
    // year of news) keeps memory near 300 MB however many articles pass; rarer words are recomputed.
    private const int CacheLimit = 250_000;
    private const int Offsets = (2 * SentenceFeatures.Window) + 1;

    private int _cached;
    private readonly ConcurrentDictionary<WordInfo, float[]> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly float[] _startVectors;
    private readonly float[] _endVectors;

    public NerTagger(NerModel model, WordClusters clusters)
        : this(model, new WordAnalyzer(clusters))
    {
    }

    internal NerTagger(NerModel model, WordAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(analyzer);
        Model = model;
        Analyzer = analyzer;
        _startVectors = Vectors(SentenceFeatures.Start);
        _endVectors = Vectors(SentenceFeatures.End);
    }

    public NerModel Model { get; }

    internal WordAnalyzer Analyzer { get; }

    public IReadOnlyList<string> Classes => Model.Tags.Classes;

    /// <summary>Writes the model (not the clusters, which ship separately) in the format <see cref="NerModel.Read"/> reads.</summary>
    public void Save(Stream stream) => Model.Write(stream);

    public static NerTagger Load(Stream model, WordClusters clusters) => new(NerModel.Read(model), clusters);

    internal static NerTagger Load(Stream model, WordAnalyzer analyzer) => new(NerModel.Read(model), analyzer);

    /// <summary>One BIO tag per token.</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int[] path = new int[tokens.Count];
        Decode(tokens, path, null);
        var tags = new string[path.Length];
        for (int i = 0; i < tags.Length; i++)
        {
            tags[i] = Model.Tags.Classes[path[i]];
        }

        return tags;
    }

    /// <summary>Best class per token into <paramref name="path"/>; the emission scores (n × C) into <paramref name="emissions"/> when given.</summary>
    public void Decode(IReadOnlyList<string> tokens, Span<int> path, float[]? emissions) => Decode(tokens, path, emissions, null);

    /// <summary>As <see cref="Decode(IReadOnlyList{string}, Span{int}, float[])"/>, adding <paramref name="extra"/> keys per token when given.</summary>
    public void Decode(IReadOnlyList<string> tokens, Span<int> path, float[]? emissions, TokenKeys? extra)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        WordInfo[] words = Words(tokens);
        var vectors = new float[words.Length][];
        for (int i = 0; i < words.Length; i++)
        {
            vectors[i] = VectorsOf(words[i]);
        }

        Decode(words, vectors, Marks(Model.Gazetteer, words), path, emissions, extra);
    }

    /// <summary>The decoding itself, over analysed words and their gazetteer marks (shared by both passes of a <see cref="StackedTagger"/>).</summary>
    /// <param name="vectors">Each word's <see cref="Vectors"/> under this tagger's model.</param>
    internal void Decode(WordInfo[] words, float[][] vectors, byte[] marks, Span<int> path, float[]? emissions, TokenKeys? extra)
    {
        int n = words.Length, c = Model.Tags.Count;
        if (n == 0)
        {
            return;
        }

        emissions ??= new float[n * c];
        Span<ulong> contextual = stackalloc ulong[SentenceFeatures.MaxContextual];
        for (int i = 0; i < n; i++)
        {
            Span<float> e = emissions.AsSpan(i * c, c);
            e.Clear();
            for (int o = -SentenceFeatures.Window; o <= SentenceFeatures.Window; o++)
            {
                int j = i + o;
                float[] source = j < 0 ? _startVectors : j >= n ? _endVectors : vectors[j];
                ReadOnlySpan<float> v = source.AsSpan((o + SentenceFeatures.Window) * c, c);
                for (int t = 0; t < c; t++)
                {
                    e[t] += v[t];
                }
            }

            int count = SentenceFeatures.AddContextual(words, marks, i, contextual);
            for (int k = 0; k < count; k++)
            {
                Model.Add(contextual[k], e);
            }

            if (extra is { } more)
            {
                foreach (ulong k in more.Of(i))
                {
                    Model.Add(k, e);
                }
            }
        }

        Viterbi.Decode(emissions, n, Model.Tags, Model.Transitions, path);
    }

    /// <summary>The analysis of each token (cached per type).</summary>
    internal WordInfo[] Words(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = new WordInfo[tokens.Count];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = Analyzer.Analyze(tokens[i]);
        }

        return words;
    }

    internal static byte[] Marks(Gazetteer gazetteer, WordInfo[] words) => Marks(gazetteer, words, null);

    /// <summary>Gazetteer marks for a sentence; <paramref name="starts"/> (per token, <see cref="Gazetteer.StartsName"/>) saves the lookups when known.</summary>
    internal static byte[] Marks(Gazetteer gazetteer, WordInfo[] words, bool[]? starts)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(words);
        var marks = new byte[words.Length];
        var bases = new string[words.Length];
        for (int i = 0; i < bases.Length; i++)
        {
            bases[i] = words[i].Base;
        }

        if (starts is null)
        {
            gazetteer.Mark(bases, marks);
        }
        else
        {
            gazetteer.Mark(bases, starts, marks);
        }

        return marks;
    }

    private float[] VectorsOf(WordInfo info)
    {
        if (_cache.TryGetValue(info, out float[]? vectors))
        {
            return vectors;
        }

        vectors = Vectors(info);
        if (Volatile.Read(ref _cached) < CacheLimit && _cache.TryAdd(info, vectors))
        {
            Interlocked.Increment(ref _cached);
        }

        return vectors;
    }

    /// <summary>The summed weights of a word's own keys (offset 0) and its keys as a neighbour at each offset.</summary>
    internal float[] Vectors(WordInfo info)
    {
        int c = Model.Tags.Count;
        var vectors = new float[Offsets * c];
        for (int o = -SentenceFeatures.Window; o <= SentenceFeatures.Window; o++)
        {
            Span<float> v = vectors.AsSpan((o + SentenceFeatures.Window) * c, c);
            if (o == 0)
            {
                foreach (ulong k in info.Own)
                {
                    Model.Add(k, v);
                }
            }
            else
            {
                foreach (ulong k in info.Near)
                {
                    Model.Add(SentenceFeatures.NearKey(k, o), v);
                }
            }
        }

        return vectors;
    }

}
