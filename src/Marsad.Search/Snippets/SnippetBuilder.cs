using System.Globalization;
using Marsad.Search.Analysis;
using Marsad.Search.Querying;

namespace Marsad.Search.Snippets;

/// <summary>
/// Cuts a passage of the ORIGINAL article text around its best matches and marks the matched
/// words. Words are found with the index's own analysis, and their spans come from the
/// tokenizer's map back to the original, so a highlight covers the word as printed — its
/// diacritics and tatweel too — not a normalised copy of it.
/// </summary>
internal static class SnippetBuilder
{
    private const string Ellipsis = "…";

    public static Snippet Build(string text, MatchTerms terms, int length)
    {
        length = Math.Max(length, 20);
        var matches = FindMatches(text, terms);
        var (start, end) = matches.Count == 0
            ? SnippetWindow.Lead(text, length)
            : SnippetWindow.Around(text, matches, BestRun(matches, length), length);
        return Render(text, start, end, matches);
    }

    private static List<WordMatch> FindMatches(string text, MatchTerms terms)
    {
        var found = new List<WordMatch>();
        if (terms.IsEmpty)
        {
            return found;
        }
        foreach (var token in SearchAnalysis.Tokenize(text))
        {
            if (SearchAnalysis.IsIndexed(token) && terms.TryMatch(token, out var word, out var exact))
            {
                found.Add(new WordMatch(token.Start, ExtendOverMarks(text, token.End), word, exact));
            }
        }
        return found;
    }

    /// <summary>
    /// The run of consecutive matches that fits in one window and covers the most different query
    /// words (then the most exact matches, then the most matches); the earliest such run wins ties.
    /// </summary>
    private static (int First, int Last) BestRun(List<WordMatch> matches, int length)
    {
        var best = (First: 0, Last: 0);
        var bestScore = -1;
        var seen = new HashSet<int>();
        for (var first = 0; first < matches.Count; first++)
        {
            seen.Clear();
            var score = 0;
            var last = first;
            for (var i = first; i < matches.Count && matches[i].End - matches[first].Start <= length; i++)
            {
                last = i;
                score += (seen.Add(matches[i].Word) ? 10_000 : 0) + (matches[i].Exact ? 100 : 0) + 1;
            }
            if (score > bestScore)
            {
                bestScore = score;
                best = (first, last);
            }
        }
        return best;
    }

    private static Snippet Render(string text, int start, int end, List<WordMatch> matches)
    {
        var prefix = start > 0 ? Ellipsis + " " : "";
        var suffix = end < text.Length ? " " + Ellipsis : "";
        var body = Flatten(text.AsSpan(start, end - start));
        var highlights = new List<TextSpan>();
        foreach (var match in matches)
        {
            if (match.Start >= start && match.End <= end)
            {
                highlights.Add(new TextSpan(match.Start - start + prefix.Length, match.End - start + prefix.Length));
            }
        }
        return new Snippet(prefix + body + suffix, highlights);
    }

    /// <summary>Line breaks and tabs become spaces, one for one, so offsets stay valid and a result list stays one line per snippet.</summary>
    private static string Flatten(ReadOnlySpan<char> passage) =>
        string.Create(passage.Length, passage.ToString(), static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });

    /// <summary>
    /// Marks that follow a word belong to it even when the tokenizer stopped short of them
    /// (a tanween or shadda on the last letter, a trailing tatweel).
    /// </summary>
    private static int ExtendOverMarks(string text, int end)
    {
        while (end < text.Length && (text[end] == '\u0640' || CharUnicodeInfo.GetUnicodeCategory(text[end]) == UnicodeCategory.NonSpacingMark))
        {
            end++;
        }
        return end;
    }
}
