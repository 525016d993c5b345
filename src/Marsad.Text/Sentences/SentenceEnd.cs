namespace Marsad.Text.Sentences;

/// <summary>Decides whether a run of terminators ends a sentence, and where the sentence then ends.</summary>
internal static class SentenceEnd
{
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
    /// Whether the terminators [start, end) end the sentence that began at
    /// <paramref name="sentenceStart"/>: any ! ? ؟ does; an ellipsis does when white space follows
    /// (Arabic opinion copy uses ".." as a full stop; glued "...أن" is a pause); a lone full stop
    /// does unless <see cref="FullStop.EndsSentence"/> finds a number, abbreviation or domain.
    /// </summary>
    public static bool IsBoundary(ReadOnlySpan<char> text, int sentenceStart, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (SentenceMarks.IsStrongTerminator(text[i]))
            {
                return true;
            }
        }

        if (end - start > 1 || text[start] == '\u2026')
        {
            int after = AfterClosers(text, end - 1);
            return after == text.Length || char.IsWhiteSpace(text[after]);
        }

        return FullStop.EndsSentence(text, sentenceStart, start);
    }

    /// <summary>
    /// The end of a sentence whose last terminator or closing quote is at <paramref name="last"/>:
    /// further terminators stay with it ("!\"." ends after the dot), and so do closing quotes and
    /// brackets when white space or the end follows them; a quote glued to the next word opens it.
    /// </summary>
    public static int AfterClosers(ReadOnlySpan<char> text, int last)
    {
        int end = last + 1;
        for (int k = last + 1; k < text.Length; k++)
        {
            char c = text[k];
            if (SentenceMarks.IsTerminator(c))
            {
                end = k + 1;
            }
            else if (!SentenceMarks.IsCloser(c))
            {
                return char.IsWhiteSpace(c) ? k : end;
            }
        }

        return text.Length;
    }

    public static bool IsEllipsis(ReadOnlySpan<char> text, int j) =>
        text[j] == '\u2026' || (text[j] == '.' && j > 0 && text[j - 1] == '.');
}
