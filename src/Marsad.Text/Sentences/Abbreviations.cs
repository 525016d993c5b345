using System.Collections.Frozen;

namespace Marsad.Text.Sentences;

/// <summary>Words after which a full stop abbreviates rather than ends a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>The longest Arabic spelling of a Latin letter name (دبليو).</summary>
    private const int MaxLetterName = 5;

    /// <summary>
    /// Latin titles and short forms seen in Arabic copy that quotes English or French sources,
    /// lower case. "etc" is left out: it usually ends its sentence.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Latin = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "nos", "gen",
        "col", "lt", "sgt", "capt", "gov", "sen", "rep", "fig", "vol", "pp", "approx", "dept", "est", "mt", "mm",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mme", "mlle", "cie",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Latin letters as Arabic copy spells them in acronyms (سي.إن.إن, بي.إم.دبليو, إن.إتش.كيه), with
    /// hamza dropped from alef; looked up after the same fold.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LetterNames = FrozenSet.ToFrozenSet(
    [
        "اي", "ايه", "بي", "سي", "دي", "اف", "جي", "اتش", "اش", "جاي", "كي", "كيه", "ال", "ام", "ان", "او",
        "كيو", "ار", "اس", "تي", "يو", "في", "دبليو", "اكس", "واي", "زد", "زي",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Top-level domains written in Arabic after a glued dot (بيت.كوم).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DomainSuffixes = FrozenSet.ToFrozenSet(
        ["كوم", "نت", "اورج", "اورغ"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="word"/> (the <paramref name="letters"/> letters right before a full
    /// stop, with any tatweel or marks among them) is an abbreviation: a known Latin one, or any
    /// single letter — Arabic copy abbreviates with one letter and a dot (د. for دكتور, م. for مهندس,
    /// ص. for صفحة, أ.د.), and Latin initials do the same (U.S., J. K.).
    /// </summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word, int letters) => letters == 1 || Latin.Contains(word);

    /// <summary>Whether <paramref name="word"/> spells a Latin letter in Arabic (سي, إن, دبليو).</summary>
    public static bool IsArabicLetterName(ReadOnlySpan<char> word) => word.Length <= MaxLetterName && LetterNames.Contains(FoldAlef(word, stackalloc char[MaxLetterName]));

    /// <summary>Whether <paramref name="word"/> is an Arabic-spelt top-level domain.</summary>
    public static bool IsDomainSuffix(ReadOnlySpan<char> word) => word.Length <= MaxLetterName && DomainSuffixes.Contains(FoldAlef(word, stackalloc char[MaxLetterName]));

    private static ReadOnlySpan<char> FoldAlef(ReadOnlySpan<char> word, Span<char> buffer)
    {
        for (int i = 0; i < word.Length; i++)
        {
            buffer[i] = word[i] is '\u0623' or '\u0625' or '\u0622' ? '\u0627' : word[i] == '\u0649' ? '\u064A' : word[i];
        }

        return buffer[..word.Length];
    }
}
