using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Entities.Clusters;

/// <summary>
/// The one way a word is keyed for clusters and tagger features: every fold on (alef, hamza
/// carriers, ة/ه, ى/ي), so the spellings that news copy and ANERcorp mix meet, and the base is
/// the tokenizer's clitic-free form. Cluster training and tagging must agree on this or the
/// clusters learned from raw articles never reach a tagged token.
/// </summary>
public static class WordForms
{
    public static ArabicTokenizer Tokenizer { get; } = new(ArabicNormalizer.Search);

    /// <summary>The folded surface form and base of a single token (a CoNLL token or a tokenizer token's text).</summary>
    public static (string Surface, string Base, int ProcliticLength) Of(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var tokens = new List<Token>(2);
        Tokenizer.Tokenize(token, tokens);
        foreach (Token t in tokens)
        {
            if (t.Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number)
            {
                return (t.Normalized, t.Base, t.ProcliticLength);
            }
        }

        string folded = Tokenizer.Normalizer.NormalizeTerm(token);
        if (folded.Length == 0)
        {
            folded = token;
        }

        return (folded, folded, 0);
    }
}
