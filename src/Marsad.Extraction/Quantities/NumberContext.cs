using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// Decides from its neighbours that a number is not a count: a label before it (عام 2014، القرار
/// 2231، فيلق 5، الساعة 10), a month before or after it (25 يناير، يناير 2024), digits joined by
/// / : - (2024/01/15، 10:30، إف-16), a run of digit groups (a phone number), a Latin word before it
/// (F 16), an ordinal before a teen (الحادي عشر), or a time-of-day word after it (10 صباحا).
/// </summary>
internal static class NumberContext
{
    public static bool IsNotACount(IReadOnlyList<Token> tokens, NumberPhrase number, int first)
    {
        if (first > 0 && Before(tokens[first - 1], tokens[first], number.Digits))
        {
            return true;
        }

        int next = number.Last + 1;
        if (next >= tokens.Count)
        {
            return false;
        }

        Token after = tokens[next];
        if (number.Digits && after.Kind == TokenKind.Number)
        {
            return true;
        }

        if (after.Kind is TokenKind.Punctuation or TokenKind.Symbol && after.Start == tokens[number.Last].End
            && after.Normalized is "/" or ":" or "-" or "." && next + 1 < tokens.Count && tokens[next + 1].Kind == TokenKind.Number)
        {
            return true;
        }

        return after.Kind == TokenKind.ArabicWord
            && (TokenWords.IsWord(after, NonQuantityWords.Months) || TokenWords.IsWord(after, NonQuantityWords.TimeMarkers))
            || (number.Digits && after.Kind == TokenKind.LatinWord && after.Start == tokens[number.Last].End);
    }

    private static bool Before(in Token previous, in Token first, bool digits)
    {
        switch (previous.Kind)
        {
            case TokenKind.Number:
                return digits;
            case TokenKind.LatinWord:
                return digits;
            case TokenKind.Punctuation or TokenKind.Symbol:
                return previous.Normalized is "+" or "#" or "№"
                    || (previous.End == first.Start && previous.Normalized is "/" or ":" or "-" or ".");
            case TokenKind.ArabicWord:
                return TokenWords.IsWord(previous, NonQuantityWords.Labels)
                    || TokenWords.IsWord(previous, NonQuantityWords.Months)
                    || TokenWords.IsWord(previous, NonQuantityWords.Ordinals);
            default:
                return false;
        }
    }
}
