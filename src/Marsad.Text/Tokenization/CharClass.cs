namespace Marsad.Text.Tokenization;

/// <summary>The tokenizer's view of one normalised character.</summary>
internal enum CharClass : byte
{
    /// <summary>Separates tokens and is not part of any: spaces, controls, leftover format characters.</summary>
    Space = 0,
    ArabicLetter,

    /// <summary>A letter of any other script.</summary>
    Letter,
    Digit,

    /// <summary>A combining mark that survived normalisation; it belongs to the word before it.</summary>
    Mark,
    Punctuation,
    Symbol,
}
