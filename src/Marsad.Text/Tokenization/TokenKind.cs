namespace Marsad.Text.Tokenization;

public enum TokenKind
{
    ArabicWord,
    LatinWord,
    Number,
    Punctuation,
    Symbol,
}
