namespace Marsad.Text.Sentences;

/// <summary>Decides whether a run of terminators ends a sentence, and where the sentence then ends.</summary>
internal static class SentenceEnd
{
    private const char Tatweel = '\u0640';

    /// <summary>The end (exclusive) of the run of terminators starting at <paramref name="i"/>.</summary>
    public static int RunEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && SentenceMarks.IsTerminator(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether the terminators [start, end) end a sentence: any ! ? ؟ does; a lone full stop does
    /// unless it is a decimal point, follows an abbreviation, or sits inside a domain name; an
    /// ellipsis alone does not (Arabic copy uses it for a pause mid-sentence).
    /// </summary>
    public static bool IsBoundary(ReadOnlySpan<char> text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (SentenceMarks.IsStrongTerminator(text[i]))
            {
                return true;
            }
        }

        return end - start == 1 && text[start] != '\u2026' && IsSentenceDot(text, start);
    }

    /// <summary>
    /// The end of a sentence whose last terminator or closing quote is at <paramref name="last"/>:
    /// closing quotes and brackets right after it stay with it when a space, a line break or the end follows.
    /// </summary>
    public static int AfterClosers(ReadOnlySpan<char> text, int last)
    {
        int k = last + 1;
        while (k < text.Length && SentenceMarks.IsCloser(text[k]))
        {
            k++;
        }

        bool separated = k == text.Length || char.IsWhiteSpace(text[k]) || SentenceMarks.IsTerminator(text[k]);
        return separated ? k : last + 1;
    }

    public static bool IsEllipsis(ReadOnlySpan<char> text, int j) =>
        text[j] == '\u2026' || (text[j] == '.' && j > 0 && text[j - 1] == '.');

    private static bool IsSentenceDot(ReadOnlySpan<char> text, int i)
    {
        char prev = i > 0 ? text[i - 1] : ' ';
        char next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsDigit(prev) && char.IsDigit(next))
        {
            return false;
        }

        if (IsAbbreviationBefore(text, i))
        {
            return false;
        }

        if (char.IsLetterOrDigit(next))
        {
            // Glued: "قال.ثم" ends a sentence, "news.com" and "e.g" do not.
            return !(IsLatinOrDigit(prev) && IsLatin(next));
        }

        int k = i + 1;
        while (k < text.Length && char.IsWhiteSpace(text[k]) && !SentenceMarks.IsLineBreak(text[k]))
        {
            k++;
        }

        // Latin copy continues a sentence in lower case after an abbreviation we do not know.
        return k == text.Length || !char.IsLower(text[k]);
    }

    /// <summary>
    /// Whether the letters right before the stop at <paramref name="dot"/> are an abbreviation. A
    /// single م or ه after a number is the calendar marker of a year ("2020م.", "1441 هـ.") and
    /// usually ends the sentence, so it does not count.
    /// </summary>
    private static bool IsAbbreviationBefore(ReadOnlySpan<char> text, int dot)
    {
        int j = dot;
        int letters = 0;
        while (j > 0 && (char.IsLetter(text[j - 1]) || text[j - 1] == Tatweel || char.GetUnicodeCategory(text[j - 1]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            j--;
            if (char.IsLetter(text[j]) && text[j] != Tatweel)
            {
                letters++;
            }
        }

        if (letters == 0 || !Abbreviations.IsAbbreviation(text[j..dot], letters))
        {
            return false;
        }

        return !(letters == 1 && text[j] is '\u0645' or '\u0647' && FollowsNumber(text, j));
    }

    private static bool FollowsNumber(ReadOnlySpan<char> text, int j)
    {
        int k = j - 1;
        if (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        return k >= 0 && char.IsDigit(text[k]);
    }

    private static bool IsLatin(char c) => c < '\u0250' && char.IsLetter(c);

    private static bool IsLatinOrDigit(char c) => IsLatin(c) || char.IsDigit(c);
}
