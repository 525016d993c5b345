
namespace Marsad.Text.Lexicons;

/// <summary>
/// A <see cref="FoldedLexicon{T}"/> with a cheap gate in front: the last two letters of every
/// word it holds. Nearly every token of an article is in none of these tables, and its ending
/// (seen through the pronoun suffixes <see cref="WordForms"/> strips) says so without folding it or
/// trying its clitic splits; that keeps a pass over a whole corpus within seconds.
/// </summary>
public sealed class WordTable<T>
{
    /// <summary>The Arabic letters (ء to ي) index the gate; anything else never ends a word of these tables.</summary>
    private const char First = '\u0620';
    private const int Letters = 48;

    private readonly bool[] _endings = new bool[Letters * Letters];

    public WordTable(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var list = entries.ToList();
        Lexicon = new FoldedLexicon<T>(list);
        foreach ((string word, _) in list)
        {
            string folded = FoldedLexicon<T>.Fold(word);
            if (folded.Length >= 2 && Index(folded[^2], folded[^1]) is int i and >= 0)
            {
                _endings[i] = true;
            }
        }
    }

    public FoldedLexicon<T> Lexicon { get; }

    /// <summary>Whether a word ending with <paramref name="a"/> then <paramref name="b"/> (default-normalised) may be in the table.</summary>
    public bool MayEndWith(char a, char b) => Index(Fold(a), Fold(b)) is int i and >= 0 && _endings[i];

    /// <summary>The search folds the gate must see through (ة/ه, ؤ/و, ئ/ي) on top of the default normalisation.</summary>
    private static char Fold(char c) => c switch
    {
        '\u0629' => '\u0647',
        '\u0624' => '\u0648',
        '\u0626' => '\u064A',
        _ => c,
    };

    private static int Index(char a, char b)
    {
        int x = a - First, y = b - First;
        return (uint)x < Letters && (uint)y < Letters ? (x * Letters) + y : -1;
    }
}
