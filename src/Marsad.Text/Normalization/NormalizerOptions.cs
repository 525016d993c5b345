namespace Marsad.Text.Normalization;

/// <summary>Which normalisations to apply; every rule is on by default except those noted.</summary>
public sealed record NormalizerOptions
{
    public static NormalizerOptions Default { get; } = new();

    /// <summary>ة → ه. Off by default: it conflates words (e.g. feminine nouns and pronoun suffixes); search turns it on.</summary>
    public bool FoldTaaMarbuta { get; init; }
}
