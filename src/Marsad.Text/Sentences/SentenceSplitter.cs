namespace Marsad.Text.Sentences;

/// <summary>
/// Splits text into sentences; spans are [Start, End) into the original text, trimmed of white
/// space, in order and never overlapping. Best effort on untrusted text: a sentence ends at a line
/// break, at ! ? ؟, and at a full stop that is not a decimal point ("3.5", "2.500"), an
/// abbreviation ("د.", "U.S.") or inside a quotation that closes within
/// <see cref="SentenceMarks.MaxQuoteLength"/> characters; a missing space after the stop
/// ("قال.ثم") does not hide the boundary. An ellipsis ends a sentence only when a space follows it.
/// </summary>
public sealed class SentenceSplitter
{
    public static SentenceSplitter Default { get; } = new();

    public IReadOnlyList<(int Start, int End)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<(int Start, int End)>();
        Split(text, sentences);
        return sentences;
    }

    /// <summary>Appends the sentence spans of <paramref name="text"/> to <paramref name="sentences"/>.</summary>
    public void Split(ReadOnlySpan<char> text, List<(int Start, int End)> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int start = 0;
        int quoteClose = -1;
        var quotes = default(QuoteSearch);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (SentenceMarks.IsLineBreak(c))
            {
                Add(text, start, i, sentences);
                start = i + 1;
                quoteClose = -1;
            }
            else if (i < quoteClose)
            {
                continue;
            }
            else if (i == quoteClose)
            {
                quoteClose = -1;
                if (EndsWithTerminator(text, start, i))
                {
                    int end = SentenceEnd.AfterClosers(text, i);
                    Add(text, start, end, sentences);
                    start = end;
                    i = end - 1;
                }
            }
            else if (SentenceMarks.IsDoubleQuote(c))
            {
                quoteClose = quotes.FindClose(text, i);
            }
            else if (SentenceMarks.IsTerminator(c))
            {
                int runEnd = SentenceEnd.RunEnd(text, i);
                if (SentenceEnd.IsBoundary(text, start, i, runEnd))
                {
                    runEnd = SentenceEnd.AfterClosers(text, runEnd - 1);
                    Add(text, start, runEnd, sentences);
                    start = runEnd;
                }

                i = runEnd - 1;
            }
        }

        Add(text, start, text.Length, sentences);
    }

    /// <summary>Whether the quotation closing at <paramref name="close"/> ended on a terminator ("انتهى.").</summary>
    private static bool EndsWithTerminator(ReadOnlySpan<char> text, int start, int close)
    {
        int j = close - 1;
        while (j >= start && SentenceMarks.IsTrimmable(text[j]))
        {
            j--;
        }

        return j >= start && SentenceMarks.IsTerminator(text[j]) && !SentenceEnd.IsEllipsis(text, j);
    }

    private static void Add(ReadOnlySpan<char> text, int start, int end, List<(int Start, int End)> sentences)
    {
        while (start < end && SentenceMarks.IsTrimmable(text[start]))
        {
            start++;
        }

        while (end > start && SentenceMarks.IsTrimmable(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end));
        }
    }
}
