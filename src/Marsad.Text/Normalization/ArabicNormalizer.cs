namespace Marsad.Text.Normalization;

/// <summary>Immutable, thread-safe Arabic normaliser; build once, share everywhere.</summary>
public sealed class ArabicNormalizer
{
    public ArabicNormalizer(NormalizerOptions options) => Options = options;

    public static ArabicNormalizer Default { get; } = new(NormalizerOptions.Default);

    public NormalizerOptions Options { get; }

    /// <summary>Normalises <paramref name="original"/> into a copy with a map back to it.</summary>
    public NormalizedText Normalize(string original) => throw new NotImplementedException();

    /// <summary>Normalises one short piece (a token or a query term) without building a map.</summary>
    public string NormalizeTerm(ReadOnlySpan<char> term) => throw new NotImplementedException();
}
