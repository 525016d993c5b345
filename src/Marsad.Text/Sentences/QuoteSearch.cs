namespace Marsad.Text.Sentences;

/// <summary>
/// Finds the quote that closes an opening one, at most <see cref="SentenceMarks.MaxQuoteLength"/>
/// characters on and never across a line break. It remembers its last failure so that a run of
/// unclosed « (each scanning the same stretch) costs linear time, not 400 times the text.
/// </summary>
internal struct QuoteSearch
{
    private char _failedOpen;
    private int _failedUntil;
    private bool _failedAtBreak;

    /// <summary>The index of the quote closing the one at <paramref name="open"/>, or -1.</summary>
    public int FindClose(ReadOnlySpan<char> text, int open)
    {
        char quote = text[open];
        int from = open + 1;
        if (quote == _failedOpen && open < _failedUntil)
        {
            // [previous opener, _failedUntil) holds no closer for this quote.
            if (_failedAtBreak)
            {
                return -1;
            }

            from = _failedUntil;
        }

        int limit = Math.Min(text.Length, open + 1 + SentenceMarks.MaxQuoteLength);
        for (int i = from; i < limit; i++)
        {
            char c = text[i];
            if (SentenceMarks.IsLineBreak(c))
            {
                return Fail(quote, i, atBreak: true);
            }

            if (SentenceMarks.Closes(quote, c))
            {
                return i;
            }
        }

        return Fail(quote, limit, atBreak: false);
    }

    private int Fail(char quote, int until, bool atBreak)
    {
        _failedOpen = quote;
        _failedUntil = until;
        _failedAtBreak = atBreak;
        return -1;
    }
}
