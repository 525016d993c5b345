using Marsad.Text.Normalization;

namespace Marsad.Text.Tokenization;

/// <summary>
/// Immutable, thread-safe tokenizer over the normaliser. One pass folds the text into a pooled
/// buffer with a map, a second cuts tokens from it: Arabic words (with their proclitic length),
/// other-script words, numbers with their separators ("2,500", "3.5"), and one token per
/// punctuation mark or symbol. Offsets are into the original text; a word's span includes its
/// harakat and tatweel.
/// </summary>
public sealed class ArabicTokenizer
{
    private readonly ProcliticSplitter _splitter;

    public ArabicTokenizer(ArabicNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        Normalizer = normalizer;
        _splitter = new ProcliticSplitter(normalizer);
    }

    public static ArabicTokenizer Default { get; } = new(ArabicNormalizer.Default);

    public ArabicNormalizer Normalizer { get; }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/> (offsets into <paramref name="text"/>).</summary>
    public void Tokenize(string text, List<Token> tokens) => Tokenize(text.AsSpan(), tokens);

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/> (offsets into <paramref name="text"/>).</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var sink = new TokenListSink(tokens);
        Tokenize(text, ref sink);
    }

    public IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>
    /// As <see cref="Tokenize(ReadOnlySpan{char}, List{Token})"/>, but every Arabic word stays whole
    /// (<see cref="Token.ProcliticLength"/> 0): for callers that need only where tokens are, such
    /// as a tagger that reads surface words, and would otherwise pay for the clitic lexicon on
    /// every word. <see cref="Word(ReadOnlySpan{char})"/> splits one word when needed.
    /// </summary>
    public void TokenizeWhole(ReadOnlySpan<char> text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var sink = new TokenListSink(tokens);
        Tokenize(text, ref sink, splitClitics: false);
    }

    /// <summary>
    /// <paramref name="word"/> as <see cref="Tokenize(string)"/> tokenises it, proclitics split,
    /// when it is one token; null otherwise (offsets are into <paramref name="word"/>).
    /// </summary>
    public Token? Word(ReadOnlySpan<char> word)
    {
        var tokens = new List<Token>(1);
        Tokenize(word, tokens);
        return tokens.Count == 1 ? tokens[0] : null;
    }

    /// <summary>
    /// The allocation-free form: hands each token to <paramref name="sink"/> with its normalised
    /// characters as a span, so a caller that counts, hashes or looks tokens up pays no string each.
    /// </summary>
    public void Tokenize<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : ITokenSink, allows ref struct => Tokenize(text, ref sink, splitClitics: true);

    private void Tokenize<TSink>(ReadOnlySpan<char> text, ref TSink sink, bool splitClitics)
        where TSink : ITokenSink, allows ref struct
    {
        var buffer = new FoldBuffer(text.Length, withMap: true);
        try
        {
            int length = Normalizer.Fold(text, ref buffer);
            buffer.Map[length] = text.Length;
            var scanner = new TokenScanner(text, buffer.Chars.AsSpan(0, length), buffer.Map.AsSpan(0, length + 1), splitClitics ? _splitter : null);
            scanner.Scan(ref sink);
        }
        finally
        {
            buffer.Dispose();
        }
    }
}
