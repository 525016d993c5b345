namespace Marsad.Text.Tokenization;

/// <summary>Collects tokens into a list, one string per token.</summary>
internal readonly struct TokenListSink(List<Token> tokens) : ITokenSink
{
    /// <summary>
    /// One shared string per character below U+0700 (ASCII, Latin-1, Arabic): single-character
    /// tokens — punctuation, digits, lone clitics — are a quarter of all tokens in news text.
    /// </summary>
    private static readonly string[] SingleChars = [.. Enumerable.Range(0, 0x0700).Select(i => ((char)i).ToString())];

    public void Add(int start, int end, ReadOnlySpan<char> normalized, TokenKind kind, int procliticLength)
    {
        string value = normalized.Length == 1 && normalized[0] < SingleChars.Length
            ? SingleChars[normalized[0]]
            : new string(normalized);
        tokens.Add(new Token(start, end, value, kind, procliticLength));
    }
}
