using Marsad.Extraction.Entities.Clusters;
using Marsad.Text.Tokenization;

namespace Marsad.Training.Entities.Embeddings;

/// <summary>Unlabelled text as sentences of words in the form the tagger keys them by (<see cref="WordForms"/>: folded, clitics kept).</summary>
public static class CorpusSentences
{
    public static IEnumerable<IReadOnlyList<string>> Of(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var tokens = new List<Token>(1024);
        foreach (string text in texts)
        {
            tokens.Clear();
            WordForms.Tokenizer.Tokenize(text, tokens);
            var sentence = new List<string>(64);
            int previousEnd = 0;
            foreach (Token token in tokens)
            {
                bool newLine = text.AsSpan(previousEnd, token.Start - previousEnd).Contains('\n');
                previousEnd = token.End;
                if ((newLine || token.Kind == TokenKind.Punctuation && text[token.Start] is '.' or '؟' or '?' or '!' or '؛') && sentence.Count > 0)
                {
                    yield return sentence;
                    sentence = new List<string>(64);
                }
                if (token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number)
                {
                    sentence.Add(token.Normalized);
                }
            }
            if (sentence.Count > 0)
            {
                yield return sentence;
            }
        }
    }
}
