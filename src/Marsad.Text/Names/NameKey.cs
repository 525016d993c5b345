using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Names;

/// <summary>
/// The words of a name as they are compared: normalised with the search folds (hamza carriers,
/// ة/ه, ى/ي, diacritics) so spelling noise never splits an actor, and each word without its
/// article ال, because Arabic names take and drop it freely ("العراق"/"عراق", "الصدر" after a
/// preposition). Punctuation inside a mention is ignored.
/// </summary>
public static class NameKey
{
    private static readonly ArabicNormalizer Folding = ArabicNormalizer.Search;

    public static string[] Words(string name)
    {
        var words = new List<string>(4);
        foreach (Token token in ArabicTokenizer.Default.Tokenize(name))
        {
            if (token.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number))
            {
                continue;
            }
            string word = Folding.NormalizeTerm(token.Normalized);
            if (word.Length > 3 && word.StartsWith("\u0627\u0644", StringComparison.Ordinal))
            {
                word = word[2..];
            }
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }
        return [.. words];
    }

    public static string Join(string[] words) => string.Join(' ', words);
}
