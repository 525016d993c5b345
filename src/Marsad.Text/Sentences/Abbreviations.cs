using System.Collections.Frozen;

namespace Marsad.Text.Sentences;

/// <summary>Words after which a full stop abbreviates rather than ends a sentence.</summary>
internal static class Abbreviations
{
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
    /// Whether <paramref name="word"/> (the <paramref name="letters"/> letters right before a full
    /// stop, with any tatweel or marks among them) is an abbreviation: a
    /// known Latin one, or any single letter — Arabic copy abbreviates with one letter and a dot
    /// (د. for دكتور, م. for مهندس, ص. for صفحة, أ.د.), and Latin initials do the same (U.S., J. K.).
    /// </summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word, int letters) => letters == 1 || Latin.Contains(word);
}
