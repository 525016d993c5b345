using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Quantities;

/// <summary>Matches the cue phrases of <see cref="QuantityCues"/> against the tokens beside a number.</summary>
internal static class CueMatcher
{
    /// <summary>The cue whose words end just before token <paramref name="end"/>, or null.</summary>
    public static QuantityCue? EndingBefore(IReadOnlyList<Token> tokens, int end)
    {
        foreach (QuantityCue cue in QuantityCues.Before)
        {
            int start = end - cue.Words.Length;
            if (start >= 0 && Matches(tokens, start, cue))
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>The cue whose words start at token <paramref name="start"/>, or null.</summary>
    public static QuantityCue? StartingAt(IReadOnlyList<Token> tokens, int start)
    {
        foreach (QuantityCue cue in QuantityCues.After)
        {
            if (start + cue.Words.Length <= tokens.Count && Matches(tokens, start, cue))
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>The first word may carry clitics (وأكثر من، بنحو); the others are matched whole (على الأقل).</summary>
    private static bool Matches(IReadOnlyList<Token> tokens, int start, QuantityCue cue)
    {
        for (int k = 0; k < cue.Words.Length; k++)
        {
            Token token = tokens[start + k];
            if (token.Kind != TokenKind.ArabicWord)
            {
                return false;
            }

            bool match = TokenWords.FoldsTo(token.Normalized, cue.Words[k])
                || (k == 0 && token.ProcliticLength > 0 && TokenWords.FoldsTo(TokenWords.Base(token), cue.Words[k]));
            if (!match)
            {
                return false;
            }
        }

        return true;
    }
}
