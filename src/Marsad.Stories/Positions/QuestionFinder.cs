using Marsad.Core.Digests;
using Marsad.Core.Stories;

namespace Marsad.Stories.Positions;

/// <summary>
/// The story's central question when the user gives none. Its head is the content word that the
/// most independent articles put in their headline (or, without one, their first sentence) and
/// that is not part of an actor's name: what happens (انسحاب), not who (التحالف الدولي); at equal
/// reach, the one nearer the start of its headlines. The
/// question is the head and up to <see cref="ContentWords"/> content words after it, as the
/// earliest such headline writes them ("انسحاب قوات أميركا من العراق"). Null when no such word is
/// in two headlines.
/// </summary>
internal static class QuestionFinder
{
    private const int ContentWords = 4;

    /// <param name="headline">Each document's headline words; <see cref="Read"/> when not given (a builder passes one that remembers).</param>
    public static string? Find(IReadOnlyList<StoryDocument> documents, IReadOnlyDictionary<string, string> duplicateOf, Func<StoryDocument, HeadlineDigest>? headline = null)
    {
        headline ??= Read;
        var ordered = documents.Where(d => !duplicateOf.ContainsKey(d.Id))
            .OrderBy(d => d.Article.Published?.Date ?? DateOnly.MaxValue).ThenBy(d => d.Index).ToList();
        // Each article's headline words, less its actors' words, on all cores; counted in order after.
        var read = new HeadlineDigest[ordered.Count];
        Parallel.For(0, ordered.Count, i => read[i] = headline(ordered[i]));
        var headlines = read.Select(r => (r.Text, r.Words)).ToList();
        var reach = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (IReadOnlyList<string> heads in read.Select(r => r.Heads))
        {
            foreach (string stem in heads)
            {
                reach[stem] = reach.GetValueOrDefault(stem) + 1;
            }
        }
        // At equal reach the word that comes first wins: Arabic puts the head of a phrase first
        // (انسحاب قوات التحالف), so the action precedes the actors it governs.
        int most = reach.Count == 0 ? 0 : reach.Values.Max();
        if (most < 2)
        {
            return null;
        }
        string head = reach.Where(p => p.Value == most)
            .OrderBy(p => headlines.Where(h => h.Words.Any(w => w.Stem == p.Key)).Average(h => (double)IndexOf(h.Words, p.Key) / h.Words.Count))
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).First();
        foreach (var (text, words) in headlines)
        {
            int at = IndexOf(words, head);
            if (at < 0)
            {
                continue;
            }
            // Up to four content words, through function words between them, not past a break in the headline.
            int last = at, content = 0;
            for (int i = at; i < words.Count && content < ContentWords && (i == at || !words[i].AfterBreak); i++)
            {
                if (words[i].Stem.Length > 0)
                {
                    content++;
                    last = i;
                }
            }
            return text[words[at].Start..words[last].End];
        }
        return null;
    }

    /// <summary>One article's headline, its words, and the stems that may head the question, as its digest read them.</summary>
    public static HeadlineDigest Read(StoryDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return doc.Digest.Headline;
    }

    private static int IndexOf(IReadOnlyList<HeadlineWord> words, string stem)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Stem == stem)
            {
                return i;
            }
        }

        return -1;
    }
}
