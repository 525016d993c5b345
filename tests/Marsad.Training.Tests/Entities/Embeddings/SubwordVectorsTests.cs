using Marsad.Training.Entities.Embeddings;

namespace Marsad.Training.Tests.Entities.Embeddings;

public sealed class SubwordVectorsTests
{
    [Fact]
    public void Ngram_buckets_are_stable_and_exclude_the_whole_word()
    {
        List<int> first = SubwordVectors.NGrams("بغداد", 3, 5, 1000);

        Assert.Equal(first, SubwordVectors.NGrams("بغداد", 3, 5, 1000));
        // "<بغداد>" has 7 letters: 5 trigrams, 4 four-grams, 3 five-grams.
        Assert.Equal(12, first.Count);
    }

    [Fact]
    public void An_unseen_word_gets_a_vector_from_the_ngrams_it_shares()
    {
        var words = new[] { "بغداد" };
        var vectors = new SubwordVectors(words, [1, 1], Enumerable.Repeat(0.5f, 2000).ToArray(), 2, 1000, 3, 5);

        Assert.Equal([1 * (1f / 13) + (0.5f * 12 / 13), (1f / 13) + (0.5f * 12 / 13)], vectors.Of("بغداد"), new FloatComparer());
        Assert.All(vectors.Of("وبغداد"), v => Assert.Equal(0.5f, v, 5));
    }

    [Fact]
    public void Written_vectors_read_back_at_half_precision()
    {
        var vectors = new SubwordVectors(["أ", "ب"], [0.25f, -1, 2, 0.5f], [.. Enumerable.Range(0, 20).Select(i => i / 8f)], 2, 10, 3, 4);
        using var stream = new MemoryStream();
        vectors.Write(stream);
        stream.Position = 0;

        SubwordVectors read = SubwordVectors.Read(stream);

        Assert.Equal(vectors.Words, read.Words);
        Assert.Equal(vectors.WordVectors, read.WordVectors);
        Assert.Equal(vectors.BucketVectors, read.BucketVectors);
        Assert.Equal((2, 10, 3, 4), (read.Dimensions, read.Buckets, read.MinN, read.MaxN));
    }

    [Fact]
    public void Words_of_one_context_end_nearer_than_words_of_none()
    {
        // Two "cities" always follow the same words; a "fruit" follows others. One thread: the same result every run.
        var random = new Random(3);
        var sentences = new List<IReadOnlyList<string>>();
        for (int i = 0; i < 3000; i++)
        {
            string city = random.Next(2) == 0 ? "بغداد" : "دمشق";
            sentences.Add(["وصل", "الوفد", "إلى", city, "أمس"]);
            sentences.Add(["أكل", "الطفل", "تفاحة", "حمراء", "اليوم"]);
        }

        SubwordVectors vectors = SkipGramTrainer.Train(sentences, new SkipGramOptions(Dimensions: 16, MinCount: 1, Buckets: 1000, Epochs: 3, Threads: 1, Sample: 0));

        float near = Cosine(vectors.Of("بغداد"), vectors.Of("دمشق")), far = Cosine(vectors.Of("بغداد"), vectors.Of("تفاحه"));
        Assert.True(near > far + 0.2, $"cities {near:0.00}, city and fruit {far:0.00}");
    }

    private static float Cosine(float[] a, float[] b)
    {
        float dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / MathF.Sqrt((na * nb) + 1e-12f);
    }

    private sealed class FloatComparer : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) < 1e-5;

        public int GetHashCode(float obj) => 0;
    }
}
