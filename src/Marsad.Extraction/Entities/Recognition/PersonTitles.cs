using Marsad.Core.Analysis;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// A person's name without the title the tagger sometimes takes into it ("الملحن طارق أبوجودة",
/// "البروفسور برايثويت" → the name alone): a title says what the person is, and the same person
/// named once with it and once without must read as one name. Leading words that are titles with
/// the article (<see cref="CueLexicon.IsTitle"/>: a bare أمين is a given name) or academic and
/// honorific ones the lexicon lacks are dropped while a word of the name remains. Pure: mentions in, mentions out, in the same order.
/// </summary>
internal static class PersonTitles
{
    /// <summary>Titles news copy writes before foreign names, missing from the tagger's cue lexicon (changing that would change its features).</summary>
    private static readonly HashSet<string> MoreTitles = new(
        new[] { "بروفسور", "بروفيسور", "بروفسورة", "بروفيسورة", "البروفسور", "البروفيسور", "البروفسورة", "البروفيسورة", "السير", "الملحن", "الملحنة", "المغني", "المغنية" }
            .Select(w => Clusters.WordForms.Of(w).Surface),
        StringComparer.Ordinal);

    public static List<EntityMention> Trim(string text, List<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        for (int m = 0; m < mentions.Count; m++)
        {
            EntityMention mention = mentions[m];
            if (mention.Type != EntityType.Person)
            {
                continue;
            }

            int start = mention.Start;
            while (true)
            {
                int space = text.IndexOf(' ', start, mention.End - start);
                if (space < 0 || !IsTitle(text[start..space]))
                {
                    break;
                }

                start = space + 1;
            }

            if (start > mention.Start)
            {
                mentions[m] = mention with { Start = start, Text = text[start..mention.End] };
            }
        }

        return mentions;
    }

    /// <summary>A title with the article (الملحن، الدكتور): without it, a title word is as often a given name (أمين، سمير).</summary>
    private static bool IsTitle(string word) =>
        MoreTitles.Contains(Clusters.WordForms.Of(word).Surface) || (word.StartsWith("\u0627\u0644", StringComparison.Ordinal) && CueLexicon.IsTitle(word));
}
