namespace Marsad.Text.Sentences;

/// <summary>The characters the sentence splitter reacts to, on the original (unnormalised) text.</summary>
internal static class SentenceMarks
{
    /// <summary>Quotes never close further than this; an unclosed quote is then treated as a stray mark.</summary>
    public const int MaxQuoteLength = 400;

    /// <summary>A hard break: news copy never runs a sentence across a line break.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Marks that end a sentence: . ! ? ؟ and the Urdu full stop, and the ellipsis and its relatives.</summary>
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u061F' or '\u06D4' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    /// <summary>A terminator that ends a sentence on its own, with no full-stop ambiguity.</summary>
    public static bool IsStrongTerminator(char c) => c is not ('.' or '\u06D4' or '\u2026') && IsTerminator(c);

    public static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\uFF02';

    /// <summary>
    /// Whether <paramref name="close"/> can close a quote opened by <paramref name="open"/>. Guillemets
    /// pair with each other in either direction (right-to-left copy often swaps them); the other
    /// double quotes pair with any non-guillemet double quote.
    /// </summary>
    public static bool Closes(char open, char close)
    {
        bool openGuillemet = open is '\u00AB' or '\u00BB';
        bool closeGuillemet = close is '\u00AB' or '\u00BB';
        if (openGuillemet)
        {
            return closeGuillemet && close != open;
        }

        return IsDoubleQuote(close) && !closeGuillemet;
    }

    /// <summary>Closing brackets and quotes that stay with the sentence they follow.</summary>
    public static bool IsCloser(char c) => IsDoubleQuote(c) || c is ')' or ']' or '}' or '\'' or '\u2019';

    /// <summary>Whitespace and the invisible marks trimmed off a sentence span.</summary>
    public static bool IsTrimmable(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or '\u2060'
          or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
