using System.Collections.Frozen;
using System.Text;
using Marsad.Text.Lexicons;
using Marsad.Text.Normalization;

namespace Marsad.Extraction.Dates;

/// <summary>
/// Month names as written across the Arab press (the shared <see cref="MonthTable"/>), keyed by
/// their search-normalised form, so the table lists real spellings and the folds cover the rest.
/// </summary>
internal static class MonthNames
{
    /// <summary>The normaliser both the tables and the scanned text go through; they must agree.</summary>
    public static ArabicNormalizer Normalizer => ArabicNormalizer.Search;

    public static FrozenDictionary<string, int> Gregorian { get; } = MonthTable.Of(MonthCalendar.Gregorian);

    public static FrozenDictionary<string, int> Hijri { get; } = MonthTable.Of(MonthCalendar.Hijri);

    /// <summary>
    /// Names that are also common words (مارس "practised", آب/أب "father", ماي): they count as a
    /// month only with a day, a year, a second month name, a relative word or a preposition before them.
    /// </summary>
    public static FrozenSet<string> Ambiguous { get; } =
        MonthTable.Names.Where(n => n.IsCommonWord).Select(n => n.Key).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The month (1–12) of a matched name, whatever whitespace separates its words.</summary>
    public static bool TryGregorian(ReadOnlySpan<char> normalized, out int month) =>
        Gregorian.TryGetValue(CollapseSpaces(normalized), out month);

    public static bool TryHijri(ReadOnlySpan<char> normalized, out int month) =>
        Hijri.TryGetValue(CollapseSpaces(normalized), out month);

    /// <summary>A regex matching any of the normalised names (prefix-factored, longest first), words joined by \s+.</summary>
    public static string Alternation(IEnumerable<string> names) => WordTrie.Pattern(names);

    public static string CollapseSpaces(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
