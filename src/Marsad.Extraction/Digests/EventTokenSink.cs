using Marsad.Text.Tokenization;
using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Digests;

/// <summary>
/// Collects an article's tokens for <see cref="EventFinder"/>, keeping the normalised text only of
/// the words that may matter to it (a possible trigger, past or future marker, or a verb with سـ);
/// every other token keeps its place with an empty form. A corpus pass then allocates a string for
/// a few words in a hundred instead of for every word.
/// </summary>
internal readonly struct EventTokenSink(List<Token> tokens) : ITokenSink
{
    public void Add(int start, int end, ReadOnlySpan<char> normalized, TokenKind kind, int procliticLength) =>
        tokens.Add(Keeps(normalized, kind, procliticLength) ? new Token(start, end, new string(normalized), kind, procliticLength) : new Token(start, end, "", kind, 0));

    /// <summary>Whether event finding reads this word (a possible trigger, past or future marker, or a verb with سـ).</summary>
    public static bool Keeps(ReadOnlySpan<char> normalized, TokenKind kind, int procliticLength) =>
        kind == TokenKind.ArabicWord
        && (WordForms.HasFuturePrefix(normalized, procliticLength)
            || WordForms.MayHold(TriggerLexicon.Lexicon, normalized)
            || WordForms.MayHold(PastMarkers.Lexicon, normalized)
            || WordForms.MayHold(FutureMarkers.Lexicon, normalized));
}
