using Marsad.Extraction.Entities.Clusters;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Gives back the ل that clitic splitting took off a person's name which begins with it (لويد
/// أوستن, ليلى, لوران): the tagger's span starts after a split ل, which is right for "تصريح
/// لترامب" (to Trump) and wrong for "الأمريكي لويد أوستن". Two signs tell the name: the word
/// before is a title or a nisba adjective (الوزير، الأمريكي) — a name in apposition, where no
/// preposition stands — or another mention of the article keeps the ل on the same word. The rest
/// of the word named alone elsewhere in the article (ترامب) says the ل was a preposition after all.
/// Pure: mentions in, mentions out, in the same order.
/// </summary>
internal static class LamPrefixedNames
{
    private const char Lam = '\u0644';

    public static IReadOnlyList<EntityMention> Restore(string text, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        List<int>? cut = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type == EntityType.Person && AfterSplitLam(text, mentions[i].Start))
            {
                (cut ??= []).Add(i);
            }
        }

        if (cut is null)
        {
            return mentions;
        }

        // First words named without a ل in front anywhere in the article: those ل were prepositions.
        var bare = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityMention mention in mentions)
        {
            if (!AfterSplitLam(text, mention.Start))
            {
                bare.Add(FirstWord(mention.Text));
            }
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (int i in cut)
        {
            if (!bare.Contains(FirstWord(mentions[i].Text)) && AfterTitle(text, mentions[i].Start - 1))
            {
                kept.Add(FirstWord(mentions[i].Text));
            }
        }

        if (kept.Count == 0)
        {
            return mentions;
        }

        var result = mentions.ToList();
        foreach (int i in cut)
        {
            EntityMention m = mentions[i];
            if (kept.Contains(FirstWord(m.Text)))
            {
                result[i] = m with { Start = m.Start - 1, Text = text[(m.Start - 1)..m.End] };
            }
        }

        return result;
    }

    /// <summary>Whether the mention starts right after a ل that begins its word (alone, or after و/ف).</summary>
    private static bool AfterSplitLam(string text, int start)
    {
        if (start < 1 || text[start - 1] != Lam)
        {
            return false;
        }

        int before = start - 2;
        if (before >= 0 && text[before] is '\u0648' or '\u0641')
        {
            before--;
        }

        return before < 0 || !char.IsLetter(text[before]);
    }

    /// <summary>
    /// Whether the ل at <paramref name="at"/> begins its word and the word before it is a title or a
    /// nisba adjective with the article (الأمريكي، العراقية): "وزير الدفاع الأمريكي لويد".
    /// </summary>
    private static bool AfterTitle(string text, int at)
    {
        if (at > 0 && char.IsLetter(text[at - 1]))
        {
            return false;
        }

        int end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        if (begin == end || end == at)
        {
            return false;
        }

        string word = text[begin..end];
        bool nisba = word.StartsWith("ال", StringComparison.Ordinal) && WordForms.Of(word).Base.Length >= 4
            && (word.EndsWith('ي') || word.EndsWith("ية", StringComparison.Ordinal));
        return nisba || CueLexicon.IsTitle(word);
    }

    private static string FirstWord(string mention)
    {
        int space = mention.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? mention : mention[..space];
    }
}
