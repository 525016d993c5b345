using System.Text;

namespace Marsad.Ingest.Text;

/// <summary>
/// Folds the spelling variants that news sites mix freely (hamza forms of alef, alef maqsura,
/// ta marbuta, Persian kaf and ya, Arabic-Indic digits) so that rules and learned lines compare
/// equal however a site types them. Ingest keeps its own fold rather than the shared normaliser so
/// that the keys in the shipped furniture model never change under it.
/// </summary>
internal static class ArabicFold
{
    /// <summary>Folds letters and digits, drops diacritics and tatweel, keeps everything else.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            if (folded != '\0')
            {
                builder.Append(folded);
            }
        }
        return builder.ToString();
    }

    /// <summary>The folded form of one character, or <c>'\0'</c> when it is dropped.</summary>
    public static char FoldChar(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' => '\0',
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
        '\u0649' or '\u06CC' or '\u0626' => '\u064A',
        '\u0629' or '\u06C0' => '\u0647',
        '\u0624' => '\u0648',
        '\u06A9' => '\u0643',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' => '\0',
        _ => c,
    };

    /// <summary>
    /// How many characters of <paramref name="raw"/> spell <paramref name="folded"/> (a folded,
    /// lower-case word) at its start, or -1. Lets rules match on folded text and cut the raw one.
    /// </summary>
    public static int MatchPrefix(ReadOnlySpan<char> raw, string folded)
    {
        var r = 0;
        foreach (var expected in folded)
        {
            char c;
            do
            {
                if (r >= raw.Length)
                {
                    return -1;
                }
                c = FoldChar(raw[r++]);
            }
            while (c == '\0');
            if (char.ToLowerInvariant(c) != expected && !(expected == ' ' && char.IsWhiteSpace(c)))
            {
                return -1;
            }
        }
        while (r < raw.Length && FoldChar(raw[r]) == '\0')
        {
            r++;
        }
        return r;
    }
}
