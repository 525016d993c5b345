using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// Words that show a number is not a count: nouns that a number names or orders (القرار 2231،
/// فيلق 5، الساعة 10، عام 2014، المادة 3), ordinals before a teen (الحادي عشر), time-of-day words
/// after it (10 صباحا), and the particles, pronouns and page furniture that cannot be a counted noun.
/// </summary>
internal static class NonQuantityWords
{
    private const string ResourceName = "Marsad.Extraction.NonQuantityWords.tsv";

    /// <summary>A number right after one of these is a name, a label, an hour or a year.</summary>
    public static FoldedLexicon<bool> Labels { get; } = FoldedSet.Of(LexiconResource.Section(typeof(NonQuantityWords), ResourceName, "labels"));

    /// <summary>Ordinals that make the following عشر part of an ordinal (الحادي عشر), not a count.</summary>
    public static FoldedLexicon<bool> Ordinals { get; } = FoldedSet.Of(LexiconResource.Section(typeof(NonQuantityWords), ResourceName, "ordinals"));

    /// <summary>Words that cannot be the counted noun after a number.</summary>
    public static FoldedLexicon<bool> NotUnits { get; } = FoldedSet.Of(LexiconResource.Section(typeof(NonQuantityWords), ResourceName, "not-units"));

    /// <summary>
    /// Whether a word outside the unit lexicon looks like a verb or a possessed noun rather than a
    /// counted noun: a counted noun after a number is indefinite, so it never carries a pronoun
    /// suffix (ـها، ـهم، ـهن), and nouns ending in ـوا or starting with the imperfective ي are rare
    /// while verbs of those shapes (نزحوا، يعيشون) follow numbers often.
    /// </summary>
    public static bool LooksLikeVerbOrPossessed(ReadOnlySpan<char> word) =>
        word.Length >= 4
        && (word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith("هم", StringComparison.Ordinal)
            || word.EndsWith("هن", StringComparison.Ordinal) || word.EndsWith("وا", StringComparison.Ordinal)
            || word[0] == 'ي');

    /// <summary>Words that, right after a number, show it is a time of day or a year of an era (1348 هجري).</summary>
    public static FoldedLexicon<bool> TimeMarkers { get; } = FoldedSet.Of(LexiconResource.Section(typeof(NonQuantityWords), ResourceName, "time-markers"));

    /// <summary>The first words of month names (كانون الثاني، تشرين الأول، ربيع الأول …) and whole one-word months.</summary>
    public static FoldedLexicon<bool> Months { get; } = FoldedSet.Of(
        Dates.MonthNames.Gregorian.Keys.Concat(Dates.MonthNames.Hijri.Keys).Select(k => k.Split(' ')[0]));
}
