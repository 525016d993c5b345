using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// An article as the tagger reads it: sentences, each cut into tokens the way ANERcorp is
/// tokenised (punctuation apart, proclitics glued), with each token's surface word. Shared by
/// recognition and by self-training, so that pseudo-labelled text is read exactly as text is at
/// tagging time.
/// </summary>
public static class TaggerSentences
{
    /// <summary>The non-empty sentences of <paramref name="text"/>: where each starts, its tokens (offsets within the sentence) and their words.</summary>
    public static List<(int Start, List<Token> Tokens, string[] Words)> Read(string text) =>
        Read(text, SentenceSplitter.Default.Split(text));

    /// <summary>The same, over sentence spans the caller already has (an <see cref="Marsad.Text.AnalyzedText"/>'s).</summary>
    public static List<(int Start, List<Token> Tokens, string[] Words)> Read(string text, IReadOnlyList<(int Start, int End)> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var sentences = new List<(int Start, List<Token> Tokens, string[] Words)>(spans.Count);
        foreach ((int start, int end) in spans)
        {
            var tokens = new List<Token>(32);
            ArabicTokenizer.Default.TokenizeWhole(text.AsSpan(start, end - start), tokens);
            if (tokens.Count == 0)
            {
                continue;
            }

            var words = new string[tokens.Count];
            for (int i = 0; i < words.Length; i++)
            {
                words[i] = text.Substring(start + tokens[i].Start, tokens[i].End - tokens[i].Start);
            }

            sentences.Add((start, tokens, words));
        }

        return sentences;
    }
}
