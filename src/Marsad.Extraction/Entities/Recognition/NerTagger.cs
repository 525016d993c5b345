using System.Collections.Concurrent;
using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Tagging;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// The named-entity tagger: a first-order structured perceptron over hashed features, decoded
/// with Viterbi. Features that depend on one word type are summed into per-type score vectors
/// the first time the type is seen (one per window offset), so tagging a token costs five
/// vector adds, a dozen hash lookups and the Viterbi step — no strings, no per-feature allocation.
/// Thread-safe: the per-type cache is concurrent and its entries are immutable.
/// </summary>
internal sealed class NerTagger
{
    private const int CacheLimit = 1_000_000;
    private const int Offsets = (2 * SentenceFeatures.Window) + 1;

    private readonly ConcurrentDictionary<string, WordEntry> _cache = new(StringComparer.Ordinal);
    private readonly float[] _startVectors;
    private readonly float[] _endVectors;

    public NerTagger(NerModel model, WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(clusters);
        Model = model;
        Analyzer = new WordAnalyzer(clusters);
        _startVectors = Vectors(SentenceFeatures.Start);
        _endVectors = Vectors(SentenceFeatures.End);
    }

    public NerModel Model { get; }

    public WordAnalyzer Analyzer { get; }

    public IReadOnlyList<string> Classes => Model.Tags.Classes;

    public static NerTagger Train(IReadOnlyList<TaggedSentence> sentences, WordClusters clusters, Gazetteer gazetteer, int epochs, int seed, string description, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Any(s => s.Tokens.Count != s.Tags.Count))
        {
            throw new ArgumentException("Each sentence needs exactly one tag per token.", nameof(sentences));
        }

        string[] classes = [.. sentences.SelectMany(s => s.Tags).Append("O").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var tags = new TagSet(classes);
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var analyzer = new WordAnalyzer(clusters);
        var infos = new Dictionary<string, WordInfo>(StringComparer.Ordinal);
        var keys = new ulong[sentences.Count][][];
        var gold = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            IReadOnlyList<string> tokens = sentences[s].Tokens;
            var words = new WordInfo[tokens.Count];
            for (int i = 0; i < words.Length; i++)
            {
                if (!infos.TryGetValue(tokens[i], out WordInfo? info))
                {
                    infos[tokens[i]] = info = analyzer.Analyze(tokens[i]);
                }

                words[i] = info;
            }

            byte[] marks = Marks(gazetteer, words);
            keys[s] = [.. Enumerable.Range(0, words.Length).Select(i => SentenceFeatures.All(words, marks, i))];
            gold[s] = [.. sentences[s].Tags.Select(t => index[t])];
        }

        var trainer = new StructuredPerceptron(tags);
        int[] order = [.. Enumerable.Range(0, sentences.Count)];
        var random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int s in order)
            {
                if (keys[s].Length > 0)
                {
                    trainer.Learn(keys[s], gold[s]);
                }
            }

            log?.WriteLine($"epoch {epoch + 1}/{epochs}");
        }

        return new NerTagger(trainer.Build(gazetteer, description, 1e-3f), clusters);
    }

    /// <summary>Writes the model (not the clusters, which ship separately) in the format <see cref="Load"/> reads.</summary>
    public void Save(Stream stream) => Model.Write(stream);

    public static NerTagger Load(Stream model, WordClusters clusters) => new(NerModel.Read(model), clusters);

    /// <summary>One BIO tag per token.</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int[] path = new int[tokens.Count];
        Decode(tokens, path, null);
        return [.. path.Select(p => Model.Tags.Classes[p])];
    }

    /// <summary>Best class per token into <paramref name="path"/>; the emission scores (n × C) into <paramref name="emissions"/> when given.</summary>
    public void Decode(IReadOnlyList<string> tokens, Span<int> path, float[]? emissions)
    {
        int n = tokens.Count, c = Model.Tags.Count;
        if (n == 0)
        {
            return;
        }

        var entries = new WordEntry[n];
        var words = new WordInfo[n];
        for (int i = 0; i < n; i++)
        {
            entries[i] = Entry(tokens[i]);
            words[i] = entries[i].Info;
        }

        byte[] marks = Marks(Model.Gazetteer, words);
        emissions ??= new float[n * c];
        Span<ulong> contextual = stackalloc ulong[SentenceFeatures.MaxContextual];
        for (int i = 0; i < n; i++)
        {
            Span<float> e = emissions.AsSpan(i * c, c);
            e.Clear();
            for (int o = -SentenceFeatures.Window; o <= SentenceFeatures.Window; o++)
            {
                int j = i + o;
                float[] source = j < 0 ? _startVectors : j >= n ? _endVectors : entries[j].Vectors;
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
        }

        Viterbi.Decode(emissions, n, Model.Tags, Model.Transitions, path);
    }

    private static byte[] Marks(Gazetteer gazetteer, WordInfo[] words)
    {
        var marks = new byte[words.Length];
        gazetteer.Mark([.. words.Select(w => w.Base)], marks);
        return marks;
    }

    private WordEntry Entry(string token)
    {
        if (_cache.TryGetValue(token, out WordEntry? entry))
        {
            return entry;
        }

        WordInfo info = Analyzer.Analyze(token);
        entry = new WordEntry(info, Vectors(info));
        if (_cache.Count < CacheLimit)
        {
            _cache.TryAdd(token, entry);
        }

        return entry;
    }

    /// <summary>The summed weights of a word's own keys (offset 0) and its keys as a neighbour at each offset.</summary>
    private float[] Vectors(WordInfo info)
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

    private sealed record WordEntry(WordInfo Info, float[] Vectors);
}
