namespace Marsad.Extraction.Quotes;

/// <summary>
/// Pairs quotation marks in the original text. Outlets use « », “ ”, „ “, plain " and ‘ ’, and
/// right-to-left copy often swaps the guillemets or the curly pair, so a guillemet closes on the
/// other guillemet and any other double quote on any non-guillemet double quote. The ASCII
/// apostrophe and a lone ’ are left alone: they are far more often part of a Latin name than a
/// quote, so a single quote must open with ‘. A quote never
/// runs past a line break (paragraphs reopen their quotes) nor past
/// <see cref="MaxLength"/> characters; pairs do not nest (the outer pair wins).
/// </summary>
internal static class QuoteMarks
{
    /// <summary>A quotation longer than this is taken for a stray mark; several sentences fit.</summary>
    public const int MaxLength = 3000;

    public static bool IsOpener(char c) => IsDouble(c) || c == '\u2018';

    /// <summary>Any quotation mark, single quotes and apostrophes included.</summary>
    public static bool IsMark(char c) => IsDouble(c) || c is '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\'' or '\u2039' or '\u203A';

    /// <summary>All pairs in <paramref name="text"/>, in order, in linear time.</summary>
    public static List<QuoteRegion> Find(string text)
    {
        var regions = new List<QuoteRegion>();
        char failedOpen = '\0';
        int failedUntil = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!IsOpener(c))
            {
                continue;
            }

            // A same-kind opener inside a stretch already searched in vain cannot close either:
            // remembering it keeps a run of unclosed marks linear.
            if (c == failedOpen && i < failedUntil)
            {
                continue;
            }

            int close = FindClose(text, i, out int searchedTo);
            if (close < 0)
            {
                failedOpen = c;
                failedUntil = searchedTo;
                continue;
            }

            regions.Add(new QuoteRegion(i, close));
            i = close;
        }

        return regions;
    }

    private static int FindClose(string text, int open, out int searchedTo)
    {
        char quote = text[open];
        int limit = Math.Min(text.Length, open + 1 + MaxLength);
        for (int i = open + 1; i < limit; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                searchedTo = i;
                return -1;
            }

            if (Closes(quote, c))
            {
                searchedTo = i;
                return i;
            }
        }

        searchedTo = limit;
        return -1;
    }

    private static bool Closes(char open, char close)
    {
        if (open == '\u2018')
        {
            return close == '\u2019';
        }

        bool openGuillemet = open is '\u00AB' or '\u00BB';
        bool closeGuillemet = close is '\u00AB' or '\u00BB';
        if (openGuillemet)
        {
            return closeGuillemet && close != open;
        }

        return IsDouble(close) && !closeGuillemet;
    }

    private static bool IsDouble(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\uFF02';
}
