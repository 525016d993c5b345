using Marsad.Text.Normalization;

namespace Marsad.Text.Tokenization;

/// <summary>Immutable, thread-safe tokenizer over the normaliser.</summary>
public sealed class ArabicTokenizer
{
    public ArabicTokenizer(ArabicNormalizer normalizer) => Normalizer = normalizer;

    public static ArabicTokenizer Default { get; } = new(ArabicNormalizer.Default);

    public ArabicNormalizer Normalizer { get; }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/> (offsets into <paramref name="text"/>).</summary>
    public void Tokenize(string text, List<Token> tokens) => throw new NotImplementedException();

    public IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, tokens);
        return tokens;
    }
}
