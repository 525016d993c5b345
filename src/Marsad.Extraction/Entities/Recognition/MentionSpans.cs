using Marsad.Core.Analysis;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Turns a tagged sentence into <see cref="EntityMention"/>s on the original text: trims
/// punctuation off a chunk's ends, moves its start past a leading clitic (keeping ال, and
/// dropping the ل of لل along with its elided article), and scores it.
/// </summary>
internal static class MentionSpans
{
    /// <summary>
    /// The mean token margin that maps to a confidence of about 0.73 (the logistic of 1). A chosen
    /// scale, not a fitted one: confidences order mentions from clear-cut to borderline, but are
    /// not probabilities measured on held-out data.
    /// </summary>
    private const float MarginScale = 4f;

    private const string Article = "\u0627\u0644";
    private const string LamLam = "\u0644\u0644";

    public static void Collect(string text, int sentenceStart, List<Token> tokens, int[] path, float[] emissions, IReadOnlyList<string> classes, List<EntityMention> into)
    {
        int n = tokens.Count, c = classes.Count;
        for (int i = 0; i < n; i++)
        {
            string tag = classes[path[i]];
            if (tag.Length < 3 || tag[0] == 'O')
            {
                continue;
            }

            int last = i;
            while (last + 1 < n && classes[path[last + 1]].StartsWith("I-", StringComparison.Ordinal)
                && classes[path[last + 1]].AsSpan(2).SequenceEqual(tag.AsSpan(2)))
            {
                last++;
            }

            int first = i;
            i = last;
            if (EntityTypes.FromLabel(tag[2..]) is not { } type)
            {
                continue;
            }

            while (first <= last && IsPunctuation(tokens[first]))
            {
                first++;
            }

            while (last >= first && IsPunctuation(tokens[last]))
            {
                last--;
            }

            if (first > last)
            {
                continue;
            }

            int start = sentenceStart + tokens[first].Start + CliticLength(text, sentenceStart, tokens[first], type);
            int end = sentenceStart + tokens[last].End;
            if (end <= start)
            {
                continue;
            }

            into.Add(new EntityMention(start, end, text[start..end], type, Confidence(emissions, path, first, last, c)));
        }
    }

    private static bool IsPunctuation(Token t) => t.Kind is TokenKind.Punctuation or TokenKind.Symbol;

    /// <summary>
    /// How many original chars the clitics of <paramref name="token"/> take, marks and tatweel after them included.
    /// </summary>
    /// <remarks>
    /// The tokenizer splits clitics for search, where a wrong split costs little; a name cut short
    /// is worse. So a split ك is never taken off a name (ك "like" almost never precedes one, while
    /// names begin with it: كوفي، كريم، كمال، كتائب), and a split ب is not taken off a person's
    /// name (باسم، بشار، بلال، باتريك are common; "ب" + a person is rare). The letters before them
    /// (a conjunction و/ف) still go.
    /// </remarks>
    internal static int CliticLength(string text, int sentenceStart, Token token, EntityType type)
    {
        if (token.Kind != TokenKind.ArabicWord)
        {
            return 0;
        }

        // The tagger's tokens are whole words (ArabicTokenizer.TokenizeWhole); the split is made
        // here, for the first word of a name only.
        Token split = token.ProcliticLength > 0
            ? token
            : ArabicTokenizer.Default.Word(text.AsSpan(sentenceStart + token.Start, token.End - token.Start)) ?? token;
        if (split.ProcliticLength == 0)
        {
            return 0;
        }

        ReadOnlySpan<char> clitics = split.Normalized.AsSpan(0, split.ProcliticLength);
        int letters = clitics.EndsWith(LamLam, StringComparison.Ordinal) ? clitics.Length
            : clitics.EndsWith(Article, StringComparison.Ordinal) ? clitics.Length - 2
            : clitics.Length;
        for (int k = 0; k < letters; k++)
        {
            if (clitics[k] == '\u0643' || (clitics[k] == '\u0628' && type == EntityType.Person))
            {
                letters = k;
                break;
            }
        }
        if (letters <= 0)
        {
            return 0;
        }

        int begin = sentenceStart + token.Start, end = sentenceStart + token.End, p = begin;
        while (p < end && letters > 0)
        {
            if (!IsMark(text[p]))
            {
                letters--;
            }

            p++;
        }

        while (p < end && IsMark(text[p]))
        {
            p++;
        }

        return p < end ? p - begin : 0;
    }

    /// <summary>Harakat, tatweel and invisible format marks: written on or between letters, never letters themselves.</summary>
    private static bool IsMark(char ch) => ch is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640' or (>= '\u200B' and <= '\u200F');

    private static double Confidence(float[] emissions, int[] path, int first, int last, int c)
    {
        double margin = 0;
        for (int i = first; i <= last; i++)
        {
            ReadOnlySpan<float> e = emissions.AsSpan(i * c, c);
            float chosen = e[path[i]], other = float.NegativeInfinity;
            for (int t = 0; t < c; t++)
            {
                if (t != path[i] && e[t] > other)
                {
                    other = e[t];
                }
            }

            margin += chosen - other;
        }

        return 1 / (1 + Math.Exp(-margin / (last - first + 1) / MarginScale));
    }
}
