using Marsad.Stories.Duplicates;
using Marsad.Stories.Model;

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
    /// <param name="words">Each document's word counts (<see cref="TermCounter.Count"/> of its body) when a builder remembers them.</param>
    public static StoryFeatures Build(IReadOnlyList<StoryDocument> documents, bool[] active, Func<StoryDocument, TermCounts>? words = null)
    {
        words ??= Words;
        int count = documents.Count;
        var counts = new TermCounts[count];
        Parallel.For(0, count, d => counts[d] = active[d] ? WithActors(words(documents[d]), documents[d]) : TermCounts.Empty);

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

        var actors = new HashSet<ulong>();
        for (int d = 0; d < count; d++)
        {
            if (active[d])
            {
                actors.UnionWith(documents[d].Entities.Where(e => !string.IsNullOrEmpty(e)).Select(Actor));
            }
        }

        var vectors = new TermVector[count];
        Parallel.For(0, count, d => vectors[d] = Weigh(counts[d], frequency, actors, activeCount));
        return new StoryFeatures(vectors, frequency);
    }

    /// <summary>The content-word stems of one body, counted.</summary>
    public static TermCounts Words(StoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        (ulong[] terms, int[] counts) = TermCounter.Count(document.Article.Text);
        return new TermCounts(terms, counts);
    }

    private static TermCounts WithActors(TermCounts words, StoryDocument document)
    {
        (ulong[] terms, int[] counts) = (words.Terms, words.Counts);
        if (document.Entities.Count == 0)
        {
            return words;
        }

        // An actor counts once per article: its mentions are already counted as words.
        var merged = new SortedDictionary<ulong, int>();
        for (int i = 0; i < terms.Length; i++)
        {
            merged[terms[i]] = counts[i];
        }

        foreach (string? entity in document.Entities)
        {
            if (!string.IsNullOrEmpty(entity))
            {
                merged[Actor(entity)] = 1;
            }
        }

        return new TermCounts([.. merged.Keys], [.. merged.Values]);
    }

    private static ulong Actor(string entity) => NormalizedWords.Hash(entity, EntitySeed);

    private static TermVector Weigh(TermCounts counts, Dictionary<ulong, int> frequency, HashSet<ulong> actors, int documents)
    {
        var terms = new List<ulong>(counts.Terms.Length);
        var weights = new List<float>(counts.Terms.Length);
        double norm = 0;
        for (int i = 0; i < counts.Terms.Length; i++)
        {
            int df = frequency[counts.Terms[i]];
            if (df < 2 && actors.Contains(counts.Terms[i]))
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
