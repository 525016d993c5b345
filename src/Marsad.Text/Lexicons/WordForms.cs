using Marsad.Text.Tokenization;

namespace Marsad.Text.Lexicons;

/// <summary>
/// Looks a token up in a word table under the forms news copy writes it in: whole, and without the
/// proclitics و ف ب ك ل س ال (in the order Arabic stacks them) and the pronoun suffixes ه ها هم هما.
/// The tokenizer already splits clitics, but cautiously (it keeps "بوفاة" whole because "وفاة" is
/// protected), so the table is asked about every allowed split; a table of whole words of at least
/// three letters makes a wrong split land on nothing.
/// </summary>
public static class WordForms
{
    private const int MinStem = 3;
    private const int MaxWord = 64;

    /// <summary>Proclitic sequences, longest first so the first hit is the fullest reading.</summary>
    private static readonly string[] Prefixes =
    [
        "وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "وك", "فب", "فل",
        "وس", "فس", "ال", "و", "ف", "ب", "ل", "ك", "س", "",
    ];

    /// <summary>Pronoun suffixes (اجتماعه، انسحابها، مقتلهم), tried after the whole word.</summary>
    private static readonly string[] Suffixes = ["", "ه", "ها", "هم", "هما"];

    /// <summary>The table's value for the token, or false when no reading of it is in the table.</summary>
    public static bool TryGet<T>(WordTable<T> table, in Token token, out T value)
    {
        value = default!;
        if (token.Kind != TokenKind.ArabicWord || token.Normalized.Length > MaxWord || !MayHold(table, token.Normalized))
        {
            return false;
        }

        Span<char> folded = stackalloc char[MaxWord * 2];
        if (!FoldedLexicon<T>.TryFold(token.Normalized, folded, out int length))
        {
            return false;
        }

        ReadOnlySpan<char> word = folded[..length];
        foreach (string prefix in Prefixes)
        {
            if (!word.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            ReadOnlySpan<char> rest = word[prefix.Length..];
            foreach (string suffix in Suffixes)
            {
                if (rest.Length - suffix.Length >= MinStem && rest.EndsWith(suffix, StringComparison.Ordinal)
                    && table.Lexicon.TryGetFolded(rest[..^suffix.Length], out value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether some suffix reading of <paramref name="word"/> ends the way a word of the table does.</summary>
    public static bool MayHold<T>(WordTable<T> table, ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWord)
        {
            return false;
        }

        foreach (string suffix in Suffixes)
        {
            int end = word.Length - suffix.Length;
            if (end >= MinStem && word.EndsWith(suffix, StringComparison.Ordinal) && table.MayEndWith(word[end - 2], word[end - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the tokenizer split the future marker س off the token (ستنسحب، وسيعقد).</summary>
    public static bool HasFuturePrefix(in Token token) =>
        token.Kind == TokenKind.ArabicWord && HasFuturePrefix(token.Normalized, token.ProcliticLength);

    public static bool HasFuturePrefix(ReadOnlySpan<char> normalized, int procliticLength) =>
        procliticLength > 0 && procliticLength <= normalized.Length && normalized[procliticLength - 1] == 'س';
}
