using Marsad.Core.Analysis;
using Marsad.Extraction.Lexicons;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// A country's official bodies written as a head word, what they do, and the nationality:
/// "وزارة الدفاع الأمريكية"، "وكالة الأنباء السورية"، "حزب العمال الكردستاني"، "اللجنة الأولمبية
/// المصرية". ANERcorp rarely labels such chains, so the tagger seldom tags them, and news is full of
/// them. The rule asks for all three parts: a body head word (<see cref="CueLexicon.IsOrgHead"/>),
/// then one to three definite words, the last a nationality (<see cref="NationalityLexicon"/>). A
/// head followed by the nationality alone ("الفريق الإسباني"، "الجريدة الإيطالية"، "السفارة
/// الفلبينية") describes rather than names, and is left alone. A place the tagger found inside the
/// chain (السعودية of "وكالة الأنباء السعودية") gives way to it; any other name it overlaps keeps it
/// from being added. The body of a place is named the same way, the head in construct with the
/// place the tagger found: "حكومة دبي"، "شرطة دبي"، "جامعة القاهرة"، "نادي برشلونة"، "منتخب
/// البرازيل" — for heads that are bodies, not buildings or areas (no سفارة، سوق، مستشفى).
/// Pure: mentions in, mentions out, by start.
/// </summary>
internal static class NationalBodies
{
    private const double Confidence = 0.6;

    /// <summary>Definite words after the head, nationality included.</summary>
    private const int MaxWords = 3;

    /// <summary>Heads that, in construct with a place, name that place's body (folded bases).</summary>
    private static readonly HashSet<string> PlaceBodyHeads = new(
        new[] { "حكومة", "شرطة", "جامعة", "بنك", "مصرف", "بلدية", "برلمان", "مجلس", "وزارة", "هيئة", "محكمة", "نادي", "منتخب", "منتخبا", "جيش", "بورصة", "إمارة" }
            .Select(w => Clusters.WordForms.Of(w).Base),
        StringComparer.Ordinal);

    public static List<EntityMention> Add(string text, IReadOnlyList<Token> tokens, List<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        bool changed = PlaceBodies(text, tokens, mentions);
        for (int i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.ArabicWord || !CueLexicon.IsOrgHead(tokens[i].Base))
            {
                continue;
            }

            int last = -1;
            for (int j = i + 1; j < tokens.Count && j - i <= MaxWords && tokens[j].Kind == TokenKind.ArabicWord && IsDefinite(tokens[j]); j++)
            {
                if (j > i + 1 && NationalityLexicon.CountryOf(Definite(tokens[j].Normalized)!) is not null)
                {
                    last = j;
                    break;
                }
            }

            if (last < 0)
            {
                continue;
            }

            int start = Start(text, tokens[i]);
            int end = tokens[last].End;
            if (mentions.Exists(m => m.Start < end && start < m.End && !(m.Type == EntityType.Location && m.Start >= start && m.End <= end)))
            {
                continue;
            }

            mentions.RemoveAll(m => m.Start >= start && m.End <= end);
            mentions.Add(new EntityMention(start, end, text[start..end], EntityType.Organization, Confidence));
            changed = true;
            i = last;
        }

        if (changed)
        {
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return mentions;
    }

    /// <summary>Turns "حكومة [دبي]" into one organisation; whether any mention changed.</summary>
    private static bool PlaceBodies(string text, IReadOnlyList<Token> tokens, List<EntityMention> mentions)
    {
        bool changed = false;
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

            int head = t - 1;
            if (head < 0 || tokens[head].Kind != TokenKind.ArabicWord || IsDefinite(tokens[head]) || text.AsSpan(tokens[head].End, place.Start - tokens[head].End).Trim().Length > 0
                || !PlaceBodyHeads.Contains(Clusters.WordForms.Of(tokens[head].Normalized).Base))
            {
                continue;
            }

            int start = Start(text, tokens[head]);
            if (m > 0 && mentions[m - 1].End > start)
            {
                continue;
            }

            mentions[m] = new EntityMention(start, place.End, text[start..place.End], EntityType.Organization, Confidence);
            changed = true;
        }

        return changed;
    }

    /// <summary>With the article, or ل + article written لل (للرياضة), behind a و/ف and a ب/ك: the tagger's tokens keep their clitics.</summary>
    private static bool IsDefinite(Token token) => Definite(token.Normalized) is not null;

    /// <summary>The word from its article on (الأمريكية of والأمريكية), or null when it has none.</summary>
    private static string? Definite(string word)
    {
        int at = 0;
        if (word.Length > 4 && word[at] is '\u0648' or '\u0641')
        {
            at++;
        }

        if (word.AsSpan(at).StartsWith("\u0644\u0644", StringComparison.Ordinal) && word.Length - at > 4)
        {
            return "\u0627" + word[(at + 1)..]; // للرياضة → الرياضة
        }

        if (word.Length - at > 4 && word[at] is '\u0628' or '\u0643' or '\u0644' && word.AsSpan(at + 1).StartsWith("\u0627\u0644", StringComparison.Ordinal))
        {
            at++;
        }

        return word.AsSpan(at).StartsWith("\u0627\u0644", StringComparison.Ordinal) && word.Length - at > 3 ? word[at..] : null;
    }

    /// <summary>Where the name starts: after a و/ف and a ب/ل clitic on the head, keeping its article.</summary>
    private static int Start(string text, Token head)
    {
        string word = head.Normalized;
        int clitics = 0;
        if (word.Length > 4 && word[0] is '\u0648' or '\u0641' && CueLexicon.IsOrgHead(word[1..]))
        {
            clitics = 1;
        }

        if (word.Length - clitics > 4 && word[clitics] is '\u0628' or '\u0644' && !word.AsSpan(clitics).StartsWith("\u0627\u0644", StringComparison.Ordinal)
            && CueLexicon.IsOrgHead(word[(clitics + 1)..]))
        {
            clitics++;
        }

        int at = head.Start;
        while (clitics > 0 && at < head.End)
        {
            at++;
            clitics--;
            while (at < head.End && text[at] is >= '\u064B' and <= '\u065F' or '\u0640')
            {
                at++;
            }
        }

        return at;
    }
}
