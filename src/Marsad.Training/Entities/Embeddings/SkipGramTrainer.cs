using Marsad.Training.Entities.Clusters;

namespace Marsad.Training.Entities.Embeddings;

/// <summary>
/// Learns <see cref="SubwordVectors"/> from unlabelled text: skip-gram with negative sampling over
/// words and their character n-grams (Bojanowski et al. 2017), frequent words subsampled, the
/// learning rate falling linearly to zero, threads updating shared weights without locks (as
/// word2vec and fastText do; the result then varies slightly from run to run with more than one
/// thread).
/// </summary>
public static class SkipGramTrainer
{
    private const int Boundary = -1, Dropped = -2;
    private const int TableSize = 10_000_000;

    /// <param name="sentences">Each sentence as its tokens, in the form the tagger keys words by (folded, clitics kept).</param>
    public static SubwordVectors Train(IEnumerable<IReadOnlyList<string>> sentences, SkipGramOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        int dim = options.Dimensions;

        // One pass: every word gets a provisional id, the text becomes ids with sentence ends.
        var provisional = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<long>();
        var stream = new List<int>(1 << 24);
        foreach (IReadOnlyList<string> sentence in sentences)
        {
            foreach (string token in sentence)
            {
                if (!provisional.TryGetValue(token, out int id))
                {
                    id = provisional.Count;
                    provisional[token] = id;
                    counts.Add(0);
                }
                counts[id]++;
                stream.Add(id);
            }
            stream.Add(Boundary);
        }

        // The vocabulary: words seen MinCount times, most frequent first.
        string[] words = [.. provisional.Where(p => counts[p.Value] >= options.MinCount).OrderByDescending(p => counts[p.Value]).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];
        var remap = new int[provisional.Count];
        Array.Fill(remap, Dropped);
        for (int i = 0; i < words.Length; i++)
        {
            remap[provisional[words[i]]] = i;
        }
        int[] text = [.. stream.Select(id => id == Boundary ? Boundary : remap[id])];
        long[] frequency = [.. words.Select(w => counts[provisional[w]])];
        long total = frequency.Sum();
        log?.WriteLine($"{stream.Count:N0} tokens, {provisional.Count:N0} distinct, {words.Length:N0} words kept (seen {options.MinCount}+ times)");
        stream.Clear();
        provisional.Clear();

        int[][] grams = [.. words.Select(w => SubwordVectors.NGrams(w, options.MinN, options.MaxN, options.Buckets).Select(b => words.Length + b).Prepend(-1).ToArray())];
        for (int w = 0; w < words.Length; w++)
        {
            grams[w][0] = w; // the word's own row first, then its n-grams' rows after the words'
        }

        int rows = words.Length + options.Buckets;
        var input = new float[(long)rows * dim];
        var output = new float[(long)words.Length * dim];
        var init = new Random(options.Seed);
        for (long i = 0; i < input.LongLength; i++)
        {
            input[i] = (float)((init.NextDouble() - 0.5) / dim);
        }

        int[] table = NegativeTable(frequency);
        var keep = new double[words.Length];
        for (int w = 0; w < words.Length; w++)
        {
            double f = (double)frequency[w] / total;
            keep[w] = options.Sample <= 0 ? 1 : Math.Min(1, (Math.Sqrt(f / options.Sample) + 1) * options.Sample / f);
        }

        long work = (long)text.Length * options.Epochs, done = 0;
        int threads = Math.Max(1, options.Threads);
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                var random = new Random(options.Seed + (epoch * 131) + t + 1);
                var hidden = new float[dim];
                var gradient = new float[dim];
                var sentence = new List<int>(256);
                int from = (int)((long)text.Length * t / threads), to = (int)((long)text.Length * (t + 1) / threads);
                long local = 0;
                for (int i = from; i < to; i++)
                {
                    int id = text[i];
                    if (id != Boundary && i + 1 < to)
                    {
                        if (id != Dropped && random.NextDouble() < keep[id])
                        {
                            sentence.Add(id);
                        }
                        continue;
                    }
                    if (id >= 0 && random.NextDouble() < keep[id])
                    {
                        sentence.Add(id);
                    }
                    double progress = (double)Interlocked.Read(ref done) / work;
                    float rate = (float)(options.LearningRate * Math.Max(1e-4, 1 - progress));
                    Sentence(sentence, grams, input, output, table, dim, options.Window, options.Negatives, rate, random, hidden, gradient);
                    local += sentence.Count + 1;
                    if (local > 100_000)
                    {
                        Interlocked.Add(ref done, local);
                        local = 0;
                    }
                    sentence.Clear();
                }
                Interlocked.Add(ref done, local);
            });
            log?.WriteLine($"epoch {epoch + 1}/{options.Epochs}");
        }

        var wordVectors = new float[words.Length * dim];
        Array.Copy(input, wordVectors, wordVectors.Length);
        var bucketVectors = new float[options.Buckets * dim];
        Array.Copy(input, (long)words.Length * dim, bucketVectors, 0, bucketVectors.Length);
        return new SubwordVectors(words, wordVectors, bucketVectors, dim, options.Buckets, options.MinN, options.MaxN);
    }

    private static void Sentence(List<int> sentence, int[][] grams, float[] input, float[] output, int[] table, int dim, int window, int negatives, float rate, Random random, float[] hidden, float[] gradient)
    {
        for (int i = 0; i < sentence.Count; i++)
        {
            int[] rows = grams[sentence[i]];
            Array.Clear(hidden);
            foreach (int row in rows)
            {
                SparseRows.Axpy(1, input.AsSpan(row * dim, dim), hidden);
            }
            Scale(hidden, 1f / rows.Length);
            Array.Clear(gradient);
            int reach = 1 + random.Next(window);
            for (int j = Math.Max(0, i - reach); j <= Math.Min(sentence.Count - 1, i + reach); j++)
            {
                if (j == i)
                {
                    continue;
                }
                Update(hidden, gradient, output, sentence[j], 1, rate, dim);
                for (int k = 0; k < negatives; k++)
                {
                    int negative = table[random.Next(table.Length)];
                    if (negative != sentence[j])
                    {
                        Update(hidden, gradient, output, negative, 0, rate, dim);
                    }
                }
            }
            Scale(gradient, 1f / rows.Length);
            foreach (int row in rows)
            {
                SparseRows.Axpy(1, gradient, input.AsSpan(row * dim, dim));
            }
        }
    }

    /// <summary>One logistic step on (hidden, target): the target's output row moves, the hidden's gradient accumulates.</summary>
    private static void Update(float[] hidden, float[] gradient, float[] output, int target, float label, float rate, int dim)
    {
        Span<float> row = output.AsSpan(target * dim, dim);
        float score = SparseRows.Dot(hidden, row);
        float g = rate * (label - (1f / (1f + MathF.Exp(-Math.Clamp(score, -8f, 8f)))));
        SparseRows.Axpy(g, row, gradient);
        SparseRows.Axpy(g, hidden, row);
    }

    private static int[] NegativeTable(long[] frequency)
    {
        var table = new int[Math.Max(1, Math.Min(TableSize, frequency.Length * 100))];
        double z = frequency.Sum(f => Math.Pow(f, 0.75));
        int w = 0;
        double cumulative = frequency.Length == 0 ? 1 : Math.Pow(frequency[0], 0.75) / z;
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = w;
            if ((double)(i + 1) / table.Length > cumulative && w < frequency.Length - 1)
            {
                w++;
                cumulative += Math.Pow(frequency[w], 0.75) / z;
            }
        }
        return table;
    }

    private static void Scale(float[] vector, float scale)
    {
        for (int i = 0; i < vector.Length; i++)
        {
            vector[i] *= scale;
        }
    }
}
