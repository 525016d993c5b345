using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Text.Tokenization;
using Marsad.Text.Words;

namespace Marsad.Extraction.Digests;

/// <summary>
/// One article's headline (its title, else the first sentence of its body, cut near
/// <see cref="MaxLength"/> at a word boundary, as a story title is), its Arabic words, and the
/// stems that may head the collection's question: content words not in the name of one of its actors.
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
        return new HeadlineDigest(headline, words, [.. words.Select(w => w.Stem).Where(s => s.Length > 0 && !actorWords.Contains(s)).Distinct(StringComparer.Ordinal)]);
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
