using Marsad.Text.Normalization;
using Marsad.Text.Stemming;
using Marsad.Text.Tokenization;

namespace Marsad.Stories.Positions;

/// <summary>
/// A text's words as stance reading compares them: search-folded (hamza carriers, ة/ه, ى/ي),
/// clitics off, light-stemmed, so "الانسحاب" and "وانسحاب" and "انسحابها" meet.
/// </summary>
internal static class StanceWords
{
    private static readonly ArabicNormalizer Folding = new(NormalizerOptions.Search);

    /// <summary>Words that carry no topic: prepositions, conjunctions, pronouns, auxiliaries.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "من", "في", "على", "علي", "الي", "الى", "عن", "مع", "ان", "او", "ثم", "قد", "لقد", "هذا", "هذه", "ذلك", "تلك",
        "التي", "الذي", "الذين", "هو", "هي", "هم", "كان", "كانت", "بين", "حول", "بشان", "خلال", "بعد", "قبل", "عند", "كل", "ما",
    };

    public static string Fold(string word) => Folding.NormalizeTerm(word);

    /// <summary>The folded words of <paramref name="text"/> in order, clitics off, unstemmed.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (Token token in ArabicTokenizer.Default.Tokenize(text))
        {
            if (token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord)
            {
                string word = Folding.NormalizeTerm(token.Base);
                if (word.Length > 0)
                {
                    words.Add(word);
                }
            }
        }
        return words;
    }

    /// <summary>The topic stems of <paramref name="text"/>: content words only, light-stemmed, ال off.</summary>
    public static List<string> Stems(string text) =>
        [.. Words(text).Where(w => w.Length > 2 && !FunctionWords.Contains(w)).Select(Stem)];

    public static string Stem(string word)
    {
        string stem = ArabicLightStemmer.Stem(word);
        return stem.Length >= 2 ? stem : word;
    }
}
