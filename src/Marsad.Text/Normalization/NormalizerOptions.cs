namespace Marsad.Text.Normalization;

/// <summary>
/// Which optional normalisations to apply. The fixed rules (harakat, tatweel, invisible marks,
/// alef variants, Persian letters, digits, spaces, quotes, Arabic punctuation) always apply; these
/// switches cover folds that lose a distinction some consumers need.
/// </summary>
public sealed record NormalizerOptions
{
    public static NormalizerOptions Default { get; } = new();

    /// <summary>
    /// Options for search indexing and queries: every fold on, so spelling variants of one word
    /// meet (ة/ه and ؤ/ئ are written inconsistently in news copy).
    /// </summary>
    public static NormalizerOptions Search { get; } = new() { FoldTaaMarbuta = true, FoldHamzaCarriers = true };

    /// <summary>ة → ه. Off by default: it conflates words (e.g. feminine nouns and pronoun suffixes); search turns it on.</summary>
    public bool FoldTaaMarbuta { get; init; }

    /// <summary>
    /// ى → ي. On by default: Egyptian and many web writers put ى for final ي and the reverse, so
    /// "على"/"علي" and "الى"/"إلى" only meet when folded. Off keeps the name "علي" apart from "على".
    /// </summary>
    public bool FoldAlefMaksura { get; init; } = true;

    /// <summary>
    /// ؤ → و and ئ → ي. Off by default: hamza on a carrier is usually written correctly and
    /// separates real words (سؤال/سوال is a misspelling, but مسئول/مسؤول are both in use); search turns it on.
    /// </summary>
    public bool FoldHamzaCarriers { get; init; }

    /// <summary>
    /// Latin and other cased letters to lower case (one char to one char, invariant culture). On by
    /// default: "CNN" and "cnn" are the same token for matching; the original case stays in the text.
    /// </summary>
    public bool FoldCase { get; init; } = true;
}
