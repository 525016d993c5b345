using Marsad.Stories.Grouping;
using Marsad.Text.Tokenization;

using Marsad.Stories.Words;
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
    public static string? Find(IReadOnlyList<StoryDocument> documents, IReadOnlyDictionary<string, string> duplicateOf, Func<StoryDocument, HeadlineWords>? headline = null)
    {
        headline ??= Read;
        var ordered = documents.Where(d => !duplicateOf.ContainsKey(d.Id))
            .OrderBy(d => d.Article.Published?.Date ?? DateOnly.MaxValue).ThenBy(d => d.Index).ToList();
        // Each article's headline words, less its actors' words, on all cores; counted in order after.
        var read = new HeadlineWords[ordered.Count];
        Parallel.For(0, ordered.Count, i => read[i] = headline(ordered[i]));
        var headlines = read.Select(r => (r.Text, r.Words)).ToList();
        var reach = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, _, heads) in read)
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
            .OrderBy(p => headlines.Where(h => h.Words.Any(w => w.Stem == p.Key)).Average(h => (double)h.Words.FindIndex(w => w.Stem == p.Key) / h.Words.Count))
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).First();
        foreach (var (text, words) in headlines)
        {
            int at = words.FindIndex(w => w.Stem == head);
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

    /// <summary>One article's headline, its words, and the stems that may head the question: content words that are not in the name of one of its actors.</summary>
    public static HeadlineWords Read(StoryDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        string headline = StoryTitle.Headline(doc);
        List<Word> words = Words(headline);
        var actorWords = new HashSet<string>(doc.Analysis.Entities.SelectMany(e => e.Aliases.Prepend(e.Name)).SelectMany(TopicWords.Stems), StringComparer.Ordinal);
        return new HeadlineWords(headline, words, [.. words.Select(w => w.Stem).Where(s => s.Length > 0 && !actorWords.Contains(s)).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>A headline's Arabic words: stem (empty for a function word), span, and whether punctuation came before it.</summary>
    private static List<Word> Words(string headline)
    {
        var words = new List<Word>();
        bool pause = false;
        foreach (Token token in ArabicTokenizer.Default.Tokenize(headline))
        {
            if (token.Kind != TokenKind.ArabicWord)
            {
                pause = true;
                continue;
            }
            List<string> stems = TopicWords.Stems(headline[token.Start..token.End]);
            words.Add(new Word(stems.Count == 0 ? string.Empty : stems[0], token.Start, token.End, pause));
            pause = false;
        }
        return words;
    }

    internal readonly record struct Word(string Stem, int Start, int End, bool AfterBreak);

    internal sealed record HeadlineWords(string Text, List<Word> Words, List<string> Heads);
}
