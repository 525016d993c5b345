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
        // From the nationality back to the head: nationalities are rare, so the head test, which
        // reads a word's base, runs a few times an article rather than on every word.
        for (int last = 2; last < tokens.Count; last++)
        {
            if (tokens[last].Kind != TokenKind.ArabicWord || !IsNationality(tokens[last].Normalized))
            {
                continue;
            }

            int head = -1;
            for (int i = last - 1; i >= 0 && last - i <= MaxWords; i--)
            {
                if (last - i >= 2 && tokens[i].Kind == TokenKind.ArabicWord && CueLexicon.IsOrgHead(tokens[i].Base))
                {
                    head = i; // the farthest head: "الهيئة العامة للرياضة السعودية", not "العامة …"
                }

                if (tokens[i].Kind != TokenKind.ArabicWord || !IsDefinite(tokens[i]))
                {
                    break;
                }
            }

            if (head < 0)
            {
                continue;
            }

            int start = tokens[head].Start + MentionSpans.CliticLength(text, 0, tokens[head], EntityType.Organization);
            int end = tokens[last].End;
            if (mentions.Exists(m => m.Start < end && start < m.End && !(m.Type == EntityType.Location && m.Start >= start && m.End <= end)))
            {
                continue;
            }

            mentions.RemoveAll(m => m.Start >= start && m.End <= end);
            mentions.Add(new EntityMention(start, end, text[start..end], EntityType.Organization, Confidence));
            changed = true;
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

            int start = tokens[head].Start + MentionSpans.CliticLength(text, 0, tokens[head], EntityType.Organization);
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
    private static bool IsDefinite(Token token) => ArticleAt(token.Normalized).At >= 0;

    /// <summary>A definite nationality adjective (الأمريكية، والسورية، للسعودية).</summary>
    private static bool IsNationality(string word)
    {
        (int at, bool lamLam) = ArticleAt(word);
        return at >= 0 && NationalityLexicon.CountryOf(word.AsSpan(lamLam ? at + 1 : at + 2)) is not null;
    }

    /// <summary>
    /// Where the article begins, past a و/ف and a ب/ك/ل, with at least two letters after it; for
    /// لل the second ل, the article's alef being dropped. -1 without an article.
    /// </summary>
    private static (int At, bool LamLam) ArticleAt(string word)
    {
        int at = word.Length > 4 && word[0] is '\u0648' or '\u0641' ? 1 : 0;
        ReadOnlySpan<char> rest = word.AsSpan(at);
        if (rest.Length > 3 && rest.StartsWith("\u0644\u0644", StringComparison.Ordinal))
        {
            return (at + 1, true);
        }

        if (rest.Length > 4 && rest[0] is '\u0628' or '\u0643' or '\u0644' && rest[1..].StartsWith("\u0627\u0644", StringComparison.Ordinal))
        {
            return (at + 1, false);
        }

        return rest.Length > 3 && rest.StartsWith("\u0627\u0644", StringComparison.Ordinal) ? (at, false) : (-1, false);
    }
}
