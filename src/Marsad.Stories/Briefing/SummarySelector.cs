using Marsad.Core.Digests;
using Marsad.Core.Stories;
using Marsad.Text.Words;

namespace Marsad.Stories.Briefing;

/// <summary>
/// An extractive summary: the sentences that say what most sources say. A sentence scores by how
/// many independent articles share its content words (centrality), with a bonus for an article's
/// lead (news puts the event first) and for the question's words; greedy picking then skips a
/// sentence that repeats one already taken, and takes at most two from one article. The picks are
/// read in publication order. Questions, fragments and very long sentences are not candidates.
/// Each sentence's stems come with the article's digest (<see cref="SentenceStems"/>), hashed.
/// </summary>
internal static class SummarySelector
{
    private const int MinWords = 8;
    private const int MaxWords = 60;
    private const int LeadSentences = 2;
    private const int PerArticle = 2;
    private const double MaxOverlap = 0.4;

    public static IReadOnlyList<Evidence> Select(IReadOnlyList<StoryDocument> documents, IReadOnlyDictionary<string, string> duplicateOf, string? question, int count)
    {
        var independent = documents.Where(d => !duplicateOf.ContainsKey(d.Id)).ToList();
        var candidates = new List<(Evidence Evidence, HashSet<ulong> Stems, int Document, int Position)>();
        var reach = new Dictionary<ulong, int>();
        foreach (StoryDocument doc in independent)
        {
            string text = doc.Article.Text;
            var seen = new HashSet<ulong>();
            int position = 0;
            foreach (var (start, end, sentenceStems) in doc.Digest.Sentences)
            {
                string sentence = text[start..end];
                var stems = new HashSet<ulong>(sentenceStems.Length);
                foreach (ulong stem in sentenceStems.Span)
                {
                    stems.Add(stem);
                }
                seen.UnionWith(stems);
                int words = sentence.Count(c => c == ' ') + 1;
                if (words is >= MinWords and <= MaxWords && !sentence.TrimEnd().EndsWith('؟') && !sentence.TrimEnd().EndsWith('?'))
                {
                    candidates.Add((new Evidence(doc.Id, start, end), stems, doc.Index, position));
                }
                position++;
            }
            foreach (ulong stem in seen)
            {
                reach[stem] = reach.GetValueOrDefault(stem) + 1;
            }
        }
        var questionStems = question is null ? [] : new HashSet<ulong>(TopicWords.Stems(question).Select(s => NormalizedWords.Hash(s)));
        double Score((Evidence Evidence, HashSet<ulong> Stems, int Document, int Position) c)
        {
            if (c.Stems.Count == 0)
            {
                return 0;
            }
            // Words shared by at least two articles say what the story is; a word of one article is its own colour.
            double shared = c.Stems.Sum(s => reach[s] >= 2 ? reach[s] - 1 : 0) / Math.Sqrt(c.Stems.Count);
            double lead = c.Position < LeadSentences ? 1.5 : 1;
            double topical = questionStems.Count > 0 && c.Stems.Overlaps(questionStems) ? 1.3 : 1;
            return shared * lead * topical;
        }

        var picked = new List<(Evidence Evidence, HashSet<ulong> Stems, int Document, int Position)>();
        foreach (var c in candidates.OrderByDescending(Score).ThenBy(c => c.Document).ThenBy(c => c.Position))
        {
            if (picked.Count >= count)
            {
                break;
            }
            if (picked.Count(p => p.Document == c.Document) >= PerArticle || picked.Any(p => Jaccard(p.Stems, c.Stems) > MaxOverlap))
            {
                continue;
            }
            picked.Add(c);
        }
        var order = independent.ToDictionary(d => d.Index, d => (d.Article.Published?.Date ?? DateOnly.MaxValue, d.Index));
        return [.. picked.OrderBy(p => order[p.Document]).ThenBy(p => p.Position).Select(p => p.Evidence)];
    }

    private static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        int shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
