using Marsad.Core.Analysis;
using Marsad.Extraction.Entities.Clusters;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Gives back the ل or ف that clitic splitting took off a person's name which begins with it
/// (لويد أوستن, ليلى; فرهاد علاء الدين, فؤاد): the tagger's span starts after the split letter, which
/// is right for "تصريح لترامب" (to Trump) or "فسالم" (and Salem) and wrong for "وزير الدفاع الأمريكي
/// لويد أوستن" or "وقال فرهاد علاء الدين". The sign of a name is an office just before it — a title
/// (الوزير لوران), or a title and its qualifiers ending in a nisba (وزير الدفاع الأمريكي لويد) —
/// where a name stands in apposition and no preposition does; for ف also a reporting verb (قال
/// فرهاد), after which the conjunction has no place. Titles that take a person after ل (المستشار
/// الأمني لنتنياهو، المبعوث الخاص لبوتين) do not count, and the rest of the word written anywhere in
/// the article's other mentions without the letter (أردوغان in رجب طيب أردوغان) says it was a clitic
/// after all. A word restored once is restored in every mention of the article that starts with it.
/// Pure: mentions in, mentions out, in the same order.
/// </summary>
internal static class CliticInitialNames
{
    private const char Lam = '\u0644';
    private const char Feh = '\u0641';

    public static IReadOnlyList<EntityMention> Restore(string text, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        return Restore(text, Restore(text, mentions, Lam), Feh);
    }

    private static IReadOnlyList<EntityMention> Restore(string text, IReadOnlyList<EntityMention> mentions, char letter)
    {
        List<int>? cut = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type == EntityType.Person && AfterSplit(text, mentions[i].Start, letter))
            {
                (cut ??= []).Add(i);
            }
        }

        if (cut is null)
        {
            return mentions;
        }

        // Words the article writes without the letter in front, in any of its other mentions: there it was a clitic.
        var bare = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < mentions.Count; i++)
        {
            string[] words = mentions[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int w = AfterSplit(text, mentions[i].Start, letter) ? 1 : 0; w < words.Length; w++)
            {
                bare.Add(words[w]);
            }
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (int i in cut)
        {
            int at = mentions[i].Start - 1;
            if (!bare.Contains(FirstWord(mentions[i].Text)) && (AfterTitle(text, at) || (letter == Feh && AfterSpeech(text, at))))
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

    /// <summary>Whether the mention starts right after the letter, beginning its word (alone, or ل after و/ف).</summary>
    private static bool AfterSplit(string text, int start, char letter)
    {
        if (start < 1 || text[start - 1] != letter)
        {
            return false;
        }

        int before = start - 2;
        if (letter == Lam && before >= 0 && text[before] is '\u0648' or '\u0641')
        {
            before--;
        }

        return before < 0 || !char.IsLetter(text[before]);
    }

    /// <summary>Whether a reporting verb (قال، أكد، أعلن …) is the word before the letter at <paramref name="at"/>.</summary>
    private static bool AfterSpeech(string text, int at)
    {
        List<string> before = WordsBefore(text, at, 1);
        return before.Count == 1 && (CueLexicon.Of(WordForms.Of(before[0]).Base) & CueLexicon.Speech) != 0;
    }

    /// <summary>Titles whose holder is named after ل (the adviser of, the envoy of): before them a ل is a preposition.</summary>
    private static readonly HashSet<string> TitlesOfSomeone = new(StringComparer.Ordinal)
    {
        "المستشار", "مستشار", "المستشارة", "مستشارة", "المتحدث", "متحدث", "الناطق", "المبعوث", "مبعوث", "الممثل", "ممثل",
        "المساعد", "مساعد", "النائب", "نائب", "المندوب", "مندوب", "السفير", "سفير", "المحامي", "محامي", "المراسل", "مراسل",
    };

    /// <summary>How many words a title may stand before the nisba that ends its office (وزير الدفاع الأمريكي).</summary>
    private const int OfficeWords = 3;

    /// <summary>
    /// Whether the ل at <paramref name="at"/> begins its word and an office ends just before it: a
    /// title, or a nisba adjective (الأمريكي، العراقية) with a title at most <see cref="OfficeWords"/>
    /// words before it.
    /// </summary>
    private static bool AfterTitle(string text, int at)
    {
        if (at > 0 && char.IsLetter(text[at - 1]))
        {
            return false;
        }

        List<string> before = WordsBefore(text, at, OfficeWords + 1);
        if (before.Count == 0)
        {
            return false;
        }

        if (IsTitle(before[0]))
        {
            return true;
        }

        bool nisba = before[0].StartsWith("ال", StringComparison.Ordinal) && WordForms.Of(before[0]).Base.Length >= 4
            && (before[0].EndsWith('ي') || before[0].EndsWith("ية", StringComparison.Ordinal));
        return nisba && before.Skip(1).Any(IsTitle);
    }

    private static bool IsTitle(string word) => CueLexicon.IsTitle(word) && !TitlesOfSomeone.Contains(word);

    /// <summary>Up to <paramref name="count"/> whole words before <paramref name="at"/>, nearest first; stops at punctuation.</summary>
    private static List<string> WordsBefore(string text, int at, int count)
    {
        var words = new List<string>(count);
        int end = at;
        while (words.Count < count)
        {
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            int begin = end;
            while (begin > 0 && char.IsLetter(text[begin - 1]))
            {
                begin--;
            }

            if (begin == end)
            {
                break;
            }

            words.Add(text[begin..end]);
            end = begin;
        }

        return words;
    }

    private static string FirstWord(string mention)
    {
        int space = mention.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? mention : mention[..space];
    }
}
