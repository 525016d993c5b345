using System.IO.Compression;
using System.Text;
using Marsad.Text.Words;
using Marsad.Training.Entities.Clusters;

namespace Marsad.Training.Entities.Embeddings;

/// <summary>
/// Word vectors with subwords, fastText-style: a word is the mean of its own vector (when it was
/// frequent enough to have one) and of the vectors of its character n-grams (with &lt; and &gt;
/// marking its ends, hashed into buckets), so an unseen form (a name with a new clitic, a
/// misspelling) still gets a vector from the parts it shares with seen ones. Arabic writes
/// clitics and the article into the word (وبالحشد), which is what the n-grams pick apart.
/// </summary>
public sealed class SubwordVectors
{
    public SubwordVectors(IReadOnlyList<string> words, float[] wordVectors, float[] bucketVectors, int dimensions, int buckets, int minN, int maxN)
    {
        ArgumentNullException.ThrowIfNull(words);
        Words = words;
        WordVectors = wordVectors;
        BucketVectors = bucketVectors;
        Dimensions = dimensions;
        Buckets = buckets;
        MinN = minN;
        MaxN = maxN;
        Index = words.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Words { get; }

    public Dictionary<string, int> Index { get; }

    public float[] WordVectors { get; }

    public float[] BucketVectors { get; }

    public int Dimensions { get; }

    public int Buckets { get; }

    public int MinN { get; }

    public int MaxN { get; }

    /// <summary>The buckets of a word's character n-grams (of "&lt;word&gt;").</summary>
    public static List<int> NGrams(string word, int minN, int maxN, int buckets)
    {
        ArgumentNullException.ThrowIfNull(word);
        string marked = "<" + word + ">";
        var grams = new List<int>(marked.Length * (maxN - minN + 1));
        for (int n = minN; n <= maxN; n++)
        {
            for (int i = 0; i + n <= marked.Length; i++)
            {
                if (n == marked.Length)
                {
                    continue; // the whole word is the word's own vector
                }
                grams.Add((int)(NormalizedWords.Hash(marked.AsSpan(i, n)) % (ulong)buckets));
            }
        }
        return grams;
    }

    /// <summary>The word's vector: its own and its n-grams', averaged (zero when it has neither).</summary>
    public float[] Of(string word)
    {
        var vector = new float[Dimensions];
        int parts = 0;
        if (Index.TryGetValue(word, out int id))
        {
            SparseRows.Axpy(1, WordVectors.AsSpan(id * Dimensions, Dimensions), vector);
            parts++;
        }
        foreach (int bucket in NGrams(word, MinN, MaxN, Buckets))
        {
            SparseRows.Axpy(1, BucketVectors.AsSpan(bucket * Dimensions, Dimensions), vector);
            parts++;
        }
        if (parts > 0)
        {
            for (int i = 0; i < vector.Length; i++)
            {
                vector[i] /= parts;
            }
        }
        return vector;
    }

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write("MARSAD-VECTORS");
        writer.Write(1);
        writer.Write(Dimensions);
        writer.Write(Buckets);
        writer.Write(MinN);
        writer.Write(MaxN);
        writer.Write(Words.Count);
        foreach (string word in Words)
        {
            writer.Write(word);
        }
        foreach (float v in WordVectors)
        {
            writer.Write((Half)v);
        }
        foreach (float v in BucketVectors)
        {
            writer.Write((Half)v);
        }
    }

    /// <exception cref="InvalidDataException">Not a vectors file of this format.</exception>
    public static SubwordVectors Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != "MARSAD-VECTORS" || reader.ReadInt32() != 1)
        {
            throw new InvalidDataException("Not a Marsad vectors file (format 1).");
        }
        int dimensions = reader.ReadInt32(), buckets = reader.ReadInt32(), minN = reader.ReadInt32(), maxN = reader.ReadInt32(), count = reader.ReadInt32();
        var words = new string[count];
        for (int i = 0; i < count; i++)
        {
            words[i] = reader.ReadString();
        }
        var wordVectors = new float[count * dimensions];
        for (int i = 0; i < wordVectors.Length; i++)
        {
            wordVectors[i] = (float)reader.ReadHalf();
        }
        var bucketVectors = new float[buckets * dimensions];
        for (int i = 0; i < bucketVectors.Length; i++)
        {
            bucketVectors[i] = (float)reader.ReadHalf();
        }
        return new SubwordVectors(words, wordVectors, bucketVectors, dimensions, buckets, minN, maxN);
    }
}
