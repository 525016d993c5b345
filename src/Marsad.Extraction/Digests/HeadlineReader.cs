using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Text.Tokenization;
using Marsad.Text.Words;

namespace Marsad.Extraction.Digests;

/// <summary>
/// One article's headline (its title, else the first sentence of its body, cut near
/// <see cref="MaxLength"/> at a word boundary, as a story title is), its Arabic words, the
/// stems that may head the collection's question (content words not in the name of one of its
/// actors), the concrete kinds of event it names, and which of the article's actors it names (the
/// tagger reads the body only, so a name in the title is found by matching the actors' names,
/// clitics off).
/// </summary>
public static class HeadlineReader
{
    /// <summary>A sentence used as a headline is cut near this length, at a word boundary.</summary>
    public const int MaxLength = 120;

    /// <param name="sentences">The article's sentences, as the digest split them once.</param>
    public static HeadlineDigest Read(DocumentAnalysis analysis, IReadOnlyList<(int Start, int End)> sentences)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sentences);
        string headline = string.IsNullOrWhiteSpace(analysis.Article.Title) ? FirstSentence(analysis.Article.Text ?? "", sentences) : analysis.Article.Title.Trim();
        List<HeadlineWord> words = Words(headline);
        var actorWords = new HashSet<string>(analysis.Entities.SelectMany(e => e.Aliases.Prepend(e.Name)).SelectMany(TopicWords.Stems), StringComparer.Ordinal);
        IReadOnlyList<Token> tokens = ArabicTokenizer.Default.Tokenize(headline);
        string[] kinds = [.. SentenceTriggers.Read(tokens, 0, tokens.Count).Events().Select(e => e.Kind).Distinct(StringComparer.Ordinal)];
        return new HeadlineDigest(headline, words, [.. words.Select(w => w.Stem).Where(s => s.Length > 0 && !actorWords.Contains(s)).Distinct(StringComparer.Ordinal)],
            WordPool.Share(kinds), Named(analysis, tokens));
    }

    /// <summary>The article's actors (local indices, in order) one of whose names stands in the headline as whole words.</summary>
    private static int[] Named(DocumentAnalysis analysis, IReadOnlyList<Token> tokens)
    {
        string[] words = [.. tokens.Where(t => t.Kind is TokenKind.ArabicWord or TokenKind.LatinWord).Select(t => TopicWords.Fold(t.Base))];
        var named = new List<int>();
        foreach (var entity in analysis.Entities)
        {
            foreach (string name in entity.Aliases.Prepend(entity.Name))
            {
                string[] parts = [.. ArabicTokenizer.Default.Tokenize(name).Where(t => t.Kind is TokenKind.ArabicWord or TokenKind.LatinWord).Select(t => TopicWords.Fold(t.Base))];
                if (parts.Length > 0 && Contains(words, parts))
                {
                    named.Add(entity.Id);
                    break;
                }
            }
        }
        return [.. named];
    }

    private static bool Contains(string[] words, string[] parts)
    {
        for (int i = 0; i + parts.Length <= words.Length; i++)
        {
            int j = 0;
            while (j < parts.Length && string.Equals(words[i + j], parts[j], StringComparison.Ordinal))
            {
                j++;
            }
            if (j == parts.Length)
            {
                return true;
            }
        }
        return false;
    }

    private static string FirstSentence(string text, IReadOnlyList<(int Start, int End)> sentences)
    {
        string sentence = text;
        foreach ((int start, int end) in sentences)
        {
            if (end > start && !string.IsNullOrWhiteSpace(text[start..end]))
            {
                sentence = text[start..end];
                break;
            }
        }

        sentence = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (sentence.Length <= MaxLength)
        {
            return sentence;
        }

        int cut = sentence.LastIndexOf(' ', MaxLength);
        return (cut > MaxLength / 2 ? sentence[..cut] : sentence[..MaxLength]).TrimEnd() + "…";
    }

    /// <summary>A headline's Arabic words: stem (empty for a function word), span, and whether punctuation came before it.</summary>
    private static List<HeadlineWord> Words(string headline)
    {
        var words = new List<HeadlineWord>();
        bool pause = false;
        foreach (Token token in ArabicTokenizer.Default.Tokenize(headline))
        {
            if (token.Kind != TokenKind.ArabicWord)
            {
                pause = true;
                continue;
            }
            List<string> stems = TopicWords.Stems(headline[token.Start..token.End]);
            words.Add(new HeadlineWord(stems.Count == 0 ? string.Empty : WordPool.Share(stems[0]), token.Start, token.End, pause));
            pause = false;
        }
        return words;
    }
}
