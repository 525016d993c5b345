using Marsad.Text.Normalization;
using Marsad.Text.Stemming;
using Marsad.Text.Tokenization;

namespace Marsad.Search.Analysis;

/// <summary>
/// The one analysis indexing, querying and highlighting share, so a word matches, and is
/// highlighted, exactly when its forms agree.
/// </summary>
internal static class SearchAnalysis
{
    /// <summary>
    /// Recorded in each index commit. Change it whenever what a field indexes changes (the
    /// normaliser's rules, the tokenizer, the stemmer, the fields): an index built by another
    /// version is then rebuilt from the store on open instead of silently missing matches.
    /// </summary>
    public const string Version = "2";

    /// <summary>
    /// Search folds ة into ه on top of the default rules: writers mix them at word ends
    /// (الحكومة/الحكومه), and a search that misses one spelling looks broken.
    /// </summary>
    public static ArabicTokenizer Tokenizer { get; } =
        new(new ArabicNormalizer(NormalizerOptions.Default with { FoldTaaMarbuta = true }));

    /// <summary>Only words and numbers are searchable; punctuation and symbols are not.</summary>
    public static bool IsIndexed(in Token token) =>
        token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number && token.Normalized.Length > 0;

    /// <summary>The stem of a word's base (its proclitics already split off by the tokenizer).</summary>
    public static string Stem(in Token token)
    {
        if (token.Kind != TokenKind.ArabicWord)
        {
            return token.Base;
        }
        var stem = ArabicLightStemmer.Stem(token.Base);
        return stem.Length > 0 ? stem : token.Base;
    }

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return tokens;
    }
}
