namespace Marsad.Search.Snippets;

/// <summary>
/// Chooses which [start, end) of a text a snippet shows: whole words only, starting at a
/// sentence start when one is near enough before the first match, ending at a sentence end when
/// one is near the length limit.
/// </summary>
internal static class SnippetWindow
{
    /// <summary>The beginning of the text, for an article whose matches are all in its title (or a query with no words).</summary>
    public static (int Start, int End) Lead(string text, int length) => (0, CutEnd(text, 0, length, mustReach: 0));

    public static (int Start, int End) Around(string text, List<WordMatch> matches, (int First, int Last) run, int length)
    {
        var spanStart = matches[run.First].Start;
        var spanEnd = matches[run.Last].End;
        // Context before the first match: up to a third of the room left, back to a sentence start if there is one.
        var room = Math.Max(0, length - (spanEnd - spanStart));
        var earliest = Math.Max(0, spanStart - Math.Max(room / 3, 1));
        var start = SentenceStartBetween(text, earliest, spanStart) ?? WordStartAtOrAfter(text, earliest, spanStart);
        return (start, CutEnd(text, start, length, mustReach: spanEnd));
    }

    private static int CutEnd(string text, int start, int length, int mustReach)
    {
        var limit = Math.Min(text.Length, Math.Max(start + length, mustReach));
        if (limit == text.Length)
        {
            return TrimEnd(text, start, limit);
        }
        // A sentence end in the last third of the window makes the cleanest cut.
        for (var i = limit - 1; i >= Math.Max(mustReach, start + (length * 2 / 3)); i--)
        {
            if (IsSentenceEnd(text[i]))
            {
                return i + 1;
            }
        }
        // Otherwise the last whole word: cut at the last space before the limit.
        for (var i = limit; i > mustReach; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return TrimEnd(text, start, i);
            }
        }
        // No space to cut at: cut mid-word, but never between the halves of a surrogate pair.
        return limit > 0 && char.IsSurrogatePair(text[limit - 1], text[limit]) ? limit + 1 : limit;
    }

    private static int? SentenceStartBetween(string text, int from, int to)
    {
        if (from == 0)
        {
            return 0;
        }
        for (var i = to - 1; i >= from; i--)
        {
            if (IsSentenceEnd(text[i]) || text[i] == '\n')
            {
                return SkipSpaces(text, i + 1, to);
            }
        }
        return null;
    }

    private static int WordStartAtOrAfter(string text, int from, int limit)
    {
        if (from == 0 || char.IsWhiteSpace(text[from - 1]))
        {
            return SkipSpaces(text, from, limit);
        }
        var i = from;
        while (i < limit && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return SkipSpaces(text, i, limit);
    }

    private static int SkipSpaces(string text, int i, int limit)
    {
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    /// <summary>Full stop, question and exclamation marks, Arabic question mark and full stop.</summary>
    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\u061F' or '\u06D4';
}
