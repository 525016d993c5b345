namespace Marsad.Text.Tokenization;

/// <summary>
/// Receives tokens from <see cref="ArabicTokenizer.Tokenize{TSink}(ReadOnlySpan{char}, ref TSink)"/>
/// without a string per token: the normalised span is only valid during the call.
/// </summary>
public interface ITokenSink
{
    /// <summary>One token: [start, end) in the original text and its normalised form.</summary>
    void Add(int start, int end, ReadOnlySpan<char> normalized, TokenKind kind, int procliticLength);
}
