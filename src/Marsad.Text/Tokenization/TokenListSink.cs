namespace Marsad.Text.Tokenization;

/// <summary>Collects tokens into a list, one string per token.</summary>
internal readonly struct TokenListSink(List<Token> tokens) : ITokenSink
{
    public void Add(int start, int end, ReadOnlySpan<char> normalized, TokenKind kind, int procliticLength) =>
        tokens.Add(new Token(start, end, new string(normalized), kind, procliticLength));
}
