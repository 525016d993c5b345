using System.Globalization;

namespace Marsad.Text.Sentences;

/// <summary>Whether a lone full stop ends a sentence or belongs to a number, abbreviation or name.</summary>
internal static class FullStop
{
    private const char Tatweel = '\u0640';

    /// <summary>The longest list number ("12.") at the start of a sentence that is not itself a sentence.</summary>
    private const int MaxListNumberDigits = 3;

    /// <summary>
    /// Whether the full stop at <paramref name="dot"/> ends the sentence that began at
    /// <paramref name="sentenceStart"/>. It does not when it is a decimal or thousands point
    /// ("3.5", "2.500"), follows an abbreviation ("د.", "U.S.", "سي.إن.إن"), numbers a list item at
    /// the start of a line ("1. أبل"), or sits in a domain ("news.com", "بيت.كوم"); otherwise it does,
    /// with or without a space after it ("قال.ثم").
    /// </summary>
    public static bool EndsSentence(ReadOnlySpan<char> text, int sentenceStart, int dot)
    {
        char prev = dot > 0 ? text[dot - 1] : ' ';
        char next = dot + 1 < text.Length ? text[dot + 1] : ' ';
        if (char.IsDigit(prev) && char.IsDigit(next))
        {
            return false;
        }

        int wordStart = LettersBefore(text, dot, out int letters);
        if (letters > 0 && IsAbbreviation(text, wordStart, dot, letters, char.IsLetter(next)))
        {
            return false;
        }

        if (IsListNumber(text, sentenceStart, dot))
        {
            return false;
        }

        if (char.IsLetterOrDigit(next))
        {
            return !(IsLatinOrDigit(prev) && IsLatin(next)) && !Abbreviations.IsDomainSuffix(WordAfter(text, dot + 1));
        }

        int k = dot + 1;
        while (k < text.Length && char.IsWhiteSpace(text[k]) && !SentenceMarks.IsLineBreak(text[k]))
        {
            k++;
        }

        // Latin copy continues a sentence in lower case after an abbreviation we do not know.
        return k == text.Length || !char.IsLower(text[k]);
    }

    /// <summary>
    /// Whether the letters [start, dot) abbreviate. A single م or ه after a number is the calendar
    /// marker of a year ("2020م.", "1441 هـ.") and usually ends the sentence, so it does not count. An
    /// Arabic spelling of a Latin letter (سي, إن, بي) abbreviates inside a chain ("سي.إن.إن", "أيه.إم.سي.").
    /// </summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> text, int start, int dot, int letters, bool gluedToNext)
    {
        ReadOnlySpan<char> word = text[start..dot];
        if (Abbreviations.IsAbbreviation(word, letters))
        {
            return !(letters == 1 && text[start] is '\u0645' or '\u0647' && FollowsNumber(text, start));
        }

        bool inChain = gluedToNext || (start > 0 && text[start - 1] == '.');
        return inChain && Abbreviations.IsArabicLetterName(word);
    }

    /// <summary>The start of the letters (with tatweel and marks among them) right before <paramref name="dot"/>.</summary>
    private static int LettersBefore(ReadOnlySpan<char> text, int dot, out int letters)
    {
        int j = dot;
        letters = 0;
        while (j > 0 && (char.IsLetter(text[j - 1]) || CharUnicodeInfo.GetUnicodeCategory(text[j - 1]) == UnicodeCategory.NonSpacingMark))
        {
            j--;
            if (char.IsLetter(text[j]) && text[j] != Tatweel)
            {
                letters++;
            }
        }

        return j;
    }

    private static ReadOnlySpan<char> WordAfter(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary>Whether only 1–3 digits stand between the sentence start and the dot ("1. أبل").</summary>
    private static bool IsListNumber(ReadOnlySpan<char> text, int sentenceStart, int dot)
    {
        int j = dot;
        while (j > sentenceStart && char.IsDigit(text[j - 1]))
        {
            j--;
        }

        int digits = dot - j;
        if (digits == 0 || digits > MaxListNumberDigits)
        {
            return false;
        }

        while (j > sentenceStart && SentenceMarks.IsTrimmable(text[j - 1]))
        {
            j--;
        }

        return j == sentenceStart && dot + 1 < text.Length && text[dot + 1] == ' ';
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
