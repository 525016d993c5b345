
namespace Marsad.Text.Names;

/// <summary>
/// A name as the resolver compares it: its words folded as <see cref="NameKey"/> folds them
/// (hamza carriers, ة/ه, ى/ي, diacritics, the article ال), so "الأمريكية" and "الامريكيه" are one
/// form, and a spelling key that also forgives the order of letters inside a long word.
/// </summary>
public sealed record NameForm(string[] Words)
{
    private string? _key;
    private string? _spellingKey;
    private string[]? _starts;
    private string[]? _ends;

    /// <summary>Words this short or shorter keep their exact spelling in <see cref="SpellingKey"/>.</summary>
    private const int ShortWord = 3;

    public static NameForm Of(string name) => new(NameKey.Words(name));

    public bool IsEmpty => Words.Length == 0;

    /// <summary>The keys of the name's first k words, k = 1 … length − 1: where a given name or an organisation's short form is looked up.</summary>
    public string[] StartKeys => _starts ??= [.. Enumerable.Range(1, Math.Max(0, Words.Length - 1)).Select(k => NameKey.Join(Words[..k]))];

    /// <summary>The keys of the name's last k words, k = 1 … length − 1: where a family name is looked up.</summary>
    public string[] EndKeys => _ends ??= [.. Enumerable.Range(1, Math.Max(0, Words.Length - 1)).Select(k => NameKey.Join(Words[^k..]))];

    /// <summary>The folded words joined by spaces: equal keys are the same name.</summary>
    public string Key => _key ??= NameKey.Join(Words);

    /// <summary>
    /// Equal for names whose words hold the same letters in a different order: transliterations
    /// that move a long vowel (أميركا/أمريكا، الأميركية/الأمريكية). Words of three letters or fewer
    /// keep their order, since short Arabic words that share letters are usually different words.
    /// Variants that add or drop a letter (ترامب/ترمب) are not forgiven here: Arabic given names
    /// come in such pairs (محمد/محمود، حسن/حسين، سعد/سعيد), so those variants belong in the alias table.
    /// </summary>
    public string SpellingKey => _spellingKey ??= string.Join(' ', Words.Select(w => w.Length <= ShortWord ? w : Sorted(w)));

    private static string Sorted(string word)
    {
        char[] letters = word.ToCharArray();
        Array.Sort(letters);
        // The first and last letters stay: a transposed long vowel sits inside the word.
        return word[0] + new string(letters) + word[^1];
    }
}
