using Marsad.Text.Normalization;
using Marsad.Text.Stemming;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Words;

/// <summary>
/// A text's words as the story stages compare them (stances, questions, summaries): search-folded (hamza carriers, ة/ه, ى/ي),
/// clitics off, light-stemmed, so "الانسحاب" and "وانسحاب" and "انسحابها" meet.
/// </summary>
public static class TopicWords
{
    private static readonly ArabicNormalizer Folding = ArabicNormalizer.Search;

    /// <summary>Words that carry no topic: prepositions, conjunctions, pronouns, auxiliaries.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "من", "في", "على", "علي", "الي", "الى", "عن", "مع", "ان", "او", "ثم", "قد", "لقد", "هذا", "هذه", "ذلك", "تلك",
        "التي", "الذي", "الذين", "هو", "هي", "هم", "كان", "كانت", "بين", "حول", "بشان", "خلال", "بعد", "قبل", "عند", "كل", "ما",
    };

    public static string Fold(string word) => Folding.NormalizeTerm(word);

    /// <summary>
    /// Whether a folded word is one of <paramref name="words"/>, also with a conjunction written onto
    /// it (ولن، فلا، ولم): the tokenizer leaves و/ف on words too short to split.
    /// </summary>
    public static bool IsOneOf(string word, IReadOnlySet<string> words) =>
        words.Contains(word) || (word.Length > 2 && word[0] is 'و' or 'ف' && words.Contains(word[1..]));

    /// <summary>The folded words of <paramref name="text"/> in order, clitics off, unstemmed.</summary>
    public static List<string> Words(string text) => Words(ArabicTokenizer.Default.Tokenize(text));

    /// <summary>The folded words of tokens already cut by <see cref="ArabicTokenizer.Default"/> (an <c>AnalyzedText</c>'s), as <see cref="Words(string)"/> gives them for their text.</summary>
    public static List<string> Words(IEnumerable<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = new List<string>();
        foreach (Token token in tokens)
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
    public static List<string> Stems(string text) => Stems(ArabicTokenizer.Default.Tokenize(text));

    /// <summary>The topic stems of tokens already cut, as <see cref="Stems(string)"/> gives them for their text.</summary>
    public static List<string> Stems(IEnumerable<Token> tokens) =>
        [.. Words(tokens).Where(w => w.Length > 2 && !FunctionWords.Contains(w)).Select(Stem)];

    /// <summary>
    /// The word's light stem, reduced to its three root letters when it has the shape of a verbal
    /// noun of the derived forms, so the forms of one action meet: انسحاب/سحب (انفعال), انتهاء
    /// (افتعال), إنهاء (إفعال), استهداف (استفعال), تمديد (تفعيل). Other words keep their stem.
    /// </summary>
    public static string Stem(string word)
    {
        string stem = ArabicLightStemmer.Stem(word);
        if (stem.Length < 2)
        {
            return word;
        }
        return stem switch
        {
            { Length: 6 } when stem.StartsWith("ان", StringComparison.Ordinal) && stem[4] == 'ا' => new string([stem[2], stem[3], stem[5]]),
            { Length: 6 } when stem[0] == 'ا' && stem[2] == 'ت' && stem[4] == 'ا' => new string([stem[1], stem[3], stem[5]]),
            { Length: 7 } when stem.StartsWith("است", StringComparison.Ordinal) && stem[5] == 'ا' => new string([stem[3], stem[4], stem[6]]),
            { Length: 5 } when stem[0] == 'ا' && stem[3] == 'ا' => new string([stem[1], stem[2], stem[4]]),
            { Length: 5 } when stem[0] == 'ت' && stem[3] == 'ي' => new string([stem[1], stem[2], stem[4]]),
            _ => stem,
        };
    }
}
