using Marsad.Core.Analysis;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// A place the gazetteer knows by more words than the tagger took: "جنوب السودان" tagged as
/// السودان alone, "كوريا الجنوبية" as كوريا. The tagger reads the gazetteer only as a feature and
/// often keeps the better-known part; a country or city named whole is that place, not its part
/// (South Sudan is not Sudan), so the mention grows to the whole name. Only over adjacent words
/// (nothing but spaces between them) that no other mention holds. A state's title or a place's
/// kind alone ("دولة الكويت"، "محافظة إدلب") adds nothing: that is the same place, and
/// news labels, as ANERcorp does, leave the word out. Pure: mentions in, mentions out, by start.
/// </summary>
internal static class WholePlaces
{
    public static List<EntityMention> Extend(string text, IReadOnlyList<Token> tokens, List<EntityMention> mentions, Gazetteer places)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(places);
        int t = 0;
        for (int m = 0; m < mentions.Count; m++)
        {
            EntityMention place = mentions[m];
            if (place.Type != EntityType.Location)
            {
                continue;
            }

            while (t < tokens.Count && tokens[t].End <= place.Start)
            {
                t++;
            }

            int first = t, last = t;
            while (last + 1 < tokens.Count && tokens[last + 1].End <= place.End)
            {
                last++;
            }

            if (first >= tokens.Count || tokens[first].Start > place.End || last - first + 1 >= Gazetteer.MaxWords)
            {
                continue;
            }

            int from = m > 0 ? mentions[m - 1].End : 0;
            int to = m + 1 < mentions.Count ? mentions[m + 1].Start : text.Length;
            if (Whole(text, tokens, first, last, from, to, places) is not var (start, end))
            {
                continue;
            }

            // The tagged part kept its span; a word added before it loses its clitic (وجنوب → جنوب).
            int at = start == first ? place.Start : tokens[start].Start + MentionSpans.CliticLength(text, 0, tokens[start], EntityType.Location);
            int stop = end == last ? place.End : tokens[end].End;
            mentions[m] = new EntityMention(at, stop, text[at..stop], EntityType.Location, place.Confidence);
        }

        return mentions;
    }

    /// <summary>The widest run of tokens around <paramref name="first"/>…<paramref name="last"/>, within <paramref name="from"/>…<paramref name="to"/>, that the gazetteer names whole; null when none is wider.</summary>
    private static (int Start, int End)? Whole(string text, IReadOnlyList<Token> tokens, int first, int last, int from, int to, Gazetteer places)
    {
        if (!Adjacent(text, tokens, first, last))
        {
            return null;
        }

        // The window a longer name could cover, each word's base read once.
        int low = Math.Max(0, last - Gazetteer.MaxWords + 1), high = Math.Min(tokens.Count - 1, first + Gazetteer.MaxWords - 1);
        while (low < first && (tokens[low].Start < from || !Adjacent(text, tokens, low, first)))
        {
            low++;
        }
        while (high > last && (tokens[high].End > to || !Adjacent(text, tokens, last, high)))
        {
            high--;
        }
        if (low == first && high == last)
        {
            return null;
        }

        string[] window = new string[high - low + 1];
        for (int i = low; i <= high; i++)
        {
            window[i - low] = Clusters.WordForms.Of(tokens[i].Normalized).Base;
        }

        (int Start, int End)? best = null;
        int widest = last - first + 1;
        for (int start = low; start <= first; start++)
        {
            for (int end = Math.Min(high, start + Gazetteer.MaxWords - 1); end >= last; end--)
            {
                int width = end - start + 1;
                string[] bases = window[(start - low)..(end - low + 1)];
                if (width > widest && places.IsPlace(bases) && !TitleAlone(bases, first - start, end - last))
                {
                    best = (start, end);
                    widest = width;
                }
            }
        }

        return best;
    }

    /// <summary>Whether the words added before the tagged part are a state's title or a place's kind alone (the tagger's place heads, <see cref="CueLexicon.LocHead"/>), with none added after it.</summary>
    private static bool TitleAlone(string[] bases, int before, int after) =>
        after == 0 && before > 0 && bases.Take(before).All(b => (CueLexicon.Of(b) & CueLexicon.LocHead) != 0);

    /// <summary>Whether the tokens are Arabic words with nothing but spaces between them.</summary>
    private static bool Adjacent(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        for (int i = start; i <= end; i++)
        {
            if (tokens[i].Kind != TokenKind.ArabicWord || (i > start && !text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).IsWhiteSpace()))
            {
                return false;
            }
        }

        return true;
    }
}
