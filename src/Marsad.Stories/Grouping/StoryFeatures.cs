using Marsad.Core.Stories;
using Marsad.Core.Digests;
using Marsad.Text.Words;

namespace Marsad.Stories.Grouping;

/// <summary>
/// The TF-IDF vector of every document over its content-word stems and its collection-wide actor
/// ids, with each feature's document frequency. An actor id found in one document only is left
/// out: it cannot link the document to anything, its names are already counted as words, and
/// before resolution every id is unique, so it would only dilute the similarity of articles that
/// name many actors. Words found once stay in: without them two long articles that share only a
/// couple of words would look alike.
/// </summary>
internal sealed record StoryFeatures(TermVector[] Vectors, Dictionary<ulong, int> DocumentFrequency)
{
    /// <summary>Keeps actor ids apart from words that hash the same way.</summary>
    private const ulong EntitySeed = 0x656E746974790001UL;

    /// <summary>Features of the documents marked in <paramref name="active"/>; inactive ones get an empty vector.</summary>
    /// <param name="counted">Each document's features counted (<see cref="Counted"/>) when a builder remembers them.</param>
    public static StoryFeatures Build(IReadOnlyList<StoryDocument> documents, bool[] active, Func<StoryDocument, TermCounts>? counted = null)
    {
        counted ??= d => Counted(d, Words(d));
        int count = documents.Count;
        var counts = new TermCounts[count];
        Parallel.For(0, count, d => counts[d] = active[d] ? counted(documents[d]) : TermCounts.Empty);

        var frequency = new Dictionary<ulong, int>();
        int activeCount = 0;
        for (int d = 0; d < count; d++)
        {
            activeCount += active[d] ? 1 : 0;
            foreach (ulong term in counts[d].Terms)
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        var vectors = new TermVector[count];
        Parallel.For(0, count, d => vectors[d] = Weigh(counts[d], frequency, activeCount));
        return new StoryFeatures(vectors, frequency);
    }

    /// <summary>The content-word stems of one body, counted: read from the text alone, with the article's digest.</summary>
    public static TermCounts Words(StoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Digest.Words;
    }

    /// <summary>A body's <paramref name="words"/> with the document's collection-wide actors added, once each: their mentions are already counted as words.</summary>
    public static TermCounts Counted(StoryDocument document, TermCounts words)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(words);
        ulong[] actors = [.. document.Entities.Where(e => !string.IsNullOrEmpty(e)).Select(Actor).Distinct().Order()];
        if (actors.Length == 0)
        {
            return words;
        }

        // Both sorted: merged in one pass; an actor's hash meeting a word's keeps the word's count.
        var terms = new List<ulong>(words.Terms.Length + actors.Length);
        var counts = new List<int>(words.Terms.Length + actors.Length);
        int w = 0, a = 0;
        while (w < words.Terms.Length || a < actors.Length)
        {
            if (a == actors.Length || (w < words.Terms.Length && words.Terms[w] <= actors[a]))
            {
                if (a < actors.Length && words.Terms[w] == actors[a])
                {
                    a++;
                }

                terms.Add(words.Terms[w]);
                counts.Add(words.Counts[w++]);
            }
            else
            {
                terms.Add(actors[a++]);
                counts.Add(1);
            }
        }

        return new TermCounts([.. terms], [.. counts], actors);
    }

    private static ulong Actor(string entity) => NormalizedWords.Hash(entity, EntitySeed);

    private static TermVector Weigh(TermCounts counts, Dictionary<ulong, int> frequency, int documents)
    {
        var terms = new List<ulong>(counts.Terms.Length);
        var weights = new List<float>(counts.Terms.Length);
        double norm = 0;
        for (int i = 0; i < counts.Terms.Length; i++)
        {
            int df = frequency[counts.Terms[i]];
            if (df < 2 && Array.BinarySearch(counts.Actors, counts.Terms[i]) >= 0)
            {
                continue;
            }

            // Smoothed idf (as scikit-learn's): never zero, so a word in every article of a small
            // collection still counts a little, while the rare names of one event dominate.
            double weight = (1 + Math.Log(counts.Counts[i])) * (1 + Math.Log((1.0 + documents) / (1.0 + df)));
            if (weight <= 0)
            {
                continue;
            }

            terms.Add(counts.Terms[i]);
            weights.Add((float)weight);
            norm += weight * weight;
        }

        if (norm <= 0)
        {
            return TermVector.Empty;
        }

        float scale = (float)(1 / Math.Sqrt(norm));
        return new TermVector([.. terms], [.. weights.Select(w => w * scale)]);
    }
}
