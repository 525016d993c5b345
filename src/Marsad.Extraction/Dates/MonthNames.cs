using System.Collections.Frozen;
using System.Text;
using Marsad.Text.Normalization;

namespace Marsad.Extraction.Dates;

/// <summary>
/// Month names as written across the Arab press, keyed by their search-normalised form (alef,
/// hamza, ى/ي and ة/ه folded), so the tables list real spellings and the folds cover the rest.
/// </summary>
internal static class MonthNames
{
    /// <summary>The normaliser both the tables and the scanned text go through; they must agree.</summary>
    public static ArabicNormalizer Normalizer { get; } = new(NormalizerOptions.Search);

    // Egyptian/Gulf, Levantine/Iraqi and Maghrebi (Algerian/Tunisian and Moroccan) names, one row per month.
    private static readonly string[][] GregorianRows =
    [
        ["يناير", "كانون الثاني", "جانفي", "ينير"],
        ["فبراير", "شباط", "فيفري", "فبرير"],
        ["مارس", "آذار"],
        ["أبريل", "ابريل", "إبريل", "نيسان", "أفريل"],
        ["مايو", "أيار", "ماي"],
        ["يونيو", "يونيه", "حزيران", "جوان"],
        ["يوليو", "يوليه", "تموز", "جويلية", "يوليوز"],
        ["أغسطس", "اغسطس", "آب", "أوت", "غشت"],
        ["سبتمبر", "أيلول", "شتنبر"],
        ["أكتوبر", "تشرين الأول", "تشرين الاول"],
        ["نوفمبر", "تشرين الثاني", "نونبر"],
        ["ديسمبر", "كانون الأول", "كانون الاول", "دجنبر"],
    ];

    private static readonly string[][] HijriRows =
    [
        ["محرم"],
        ["صفر"],
        ["ربيع الأول", "ربيع الاول"],
        ["ربيع الثاني", "ربيع الآخر", "ربيع الاخر"],
        ["جمادى الأولى", "جمادى الأول", "جمادى الاولى"],
        ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني"],
        ["رجب"],
        ["شعبان"],
        ["رمضان"],
        ["شوال"],
        ["ذو القعدة", "ذي القعدة"],
        ["ذو الحجة", "ذي الحجة"],
    ];

    /// <summary>
    /// Names that are also common words (مارس "practised", آب/أب "father", ماي): they count as a
    /// month only with a day, a year, a second month name, a relative word or a preposition before them.
    /// </summary>
    private static readonly string[] AmbiguousNames = ["مارس", "آب", "ماي"];

    public static FrozenDictionary<string, int> Gregorian { get; } = Build(GregorianRows);

    public static FrozenDictionary<string, int> Hijri { get; } = Build(HijriRows);

    public static FrozenSet<string> Ambiguous { get; } =
        AmbiguousNames.Select(n => Normalizer.NormalizeTerm(n)).ToFrozenSet(StringComparer.Ordinal);

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

    private static FrozenDictionary<string, int> Build(string[][] rows)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Length; i++)
        {
            foreach (string name in rows[i])
            {
                names.TryAdd(Normalizer.NormalizeTerm(name), i + 1);
            }
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
