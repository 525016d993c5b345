using System.Globalization;
using Marsad.Text.Tokenization;
using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// Small questions about one token that the quantity readers share: its clitics, whether it is a
/// given word, and where it starts once its conjunction or preposition is set aside.
/// </summary>
internal static class TokenWords
{
    private const string Article = "ال";

    /// <summary>The proclitics split off the token's normalised form ("" when none).</summary>
    public static ReadOnlySpan<char> Clitics(in Token token) => token.Normalized.AsSpan(0, token.ProcliticLength);

    /// <summary>Whether the token carries the article (ال, or لل for ل + ال).</summary>
    public static bool HasArticle(in Token token)
    {
        ReadOnlySpan<char> clitics = Clitics(token);
        return clitics.EndsWith(Article, StringComparison.Ordinal) || clitics.EndsWith("لل", StringComparison.Ordinal);
    }

    /// <summary>Whether the token's only proclitic is the article (the counted noun of عشرات الجنود).</summary>
    public static bool OnlyArticle(in Token token) =>
        token.ProcliticLength == 0 || Clitics(token) is Article;

    public static bool IsPunctuation(in Token token, char mark) =>
        token.Kind is TokenKind.Punctuation or TokenKind.Symbol && token.Normalized.Length == 1 && token.Normalized[0] == mark;

    /// <summary>The normalised word without its proclitics, as a span (no allocation, unlike <see cref="Token.Base"/>).</summary>
    public static ReadOnlySpan<char> Base(in Token token) => token.Normalized.AsSpan(token.ProcliticLength);

    /// <summary>Whether the token, whole or without clitics, is one of <paramref name="words"/> (any spelling).</summary>
    public static bool IsWord(in Token token, FoldedLexicon<bool> words) =>
        token.Kind == TokenKind.ArabicWord && (words.Contains(token.Normalized) || (token.ProcliticLength > 0 && words.Contains(Base(token))));

    /// <summary>Whether the whole token, clitics and all, is one of <paramref name="words"/>.</summary>
    public static bool IsPlainWord(in Token token, FoldedLexicon<bool> words) =>
        token.Kind == TokenKind.ArabicWord && words.Contains(token.Normalized);

    /// <summary>Whether <paramref name="word"/> folds to the already folded <paramref name="folded"/>.</summary>
    public static bool FoldsTo(ReadOnlySpan<char> word, string folded)
    {
        if (word.Length != folded.Length)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[folded.Length * 2];
        return FoldedLexicon<bool>.Normalizer.TryNormalize(word, buffer, [], out int written)
            && buffer[..written].SequenceEqual(folded);
    }

    /// <summary>
    /// The original index where the token starts once its conjunction and preposition clitics
    /// (و ف ب ك ل) are set aside; the article stays (the unit of عشرات الجنود is "الجنود"), and for
    /// لل (ل + ال) the word starts after both.
    /// </summary>
    public static int StartWithoutClitics(string text, in Token token)
    {
        ReadOnlySpan<char> clitics = Clitics(token);
        int drop = clitics.EndsWith(Article, StringComparison.Ordinal) ? clitics.Length - Article.Length : clitics.Length;
        int i = token.Start;
        while (drop > 0 && i < token.End)
        {
            if (!IsRemoved(text[i]))
            {
                drop--;
            }

            i++;
        }

        while (i < token.End && IsRemoved(text[i]))
        {
            i++;
        }

        return i < token.End ? i : token.Start;
    }

    /// <summary>The original characters of [start, end) without harakat, tatweel and invisible marks.</summary>
    public static string Letters(string text, int start, int end)
    {
        ReadOnlySpan<char> span = text.AsSpan(start, end - start);
        int removed = 0;
        foreach (char c in span)
        {
            removed += IsRemoved(c) ? 1 : 0;
        }

        if (removed == 0)
        {
            return span.ToString();
        }

        return string.Create(span.Length - removed, (text, start, end), static (chars, state) =>
        {
            int n = 0;
            for (int i = state.start; i < state.end; i++)
            {
                if (!IsRemoved(state.text[i]))
                {
                    chars[n++] = state.text[i];
                }
            }
        });
    }

    /// <summary>What normalisation erases: combining marks (harakat), format characters and tatweel.</summary>
    private static bool IsRemoved(char c) =>
        c == '\u0640' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format;
}
