using Marsad.Text.Words;


namespace Marsad.Stories.Claims;

/// <summary>
/// Whether two culprits' names are one actor: the names meet when the content words of one are all
/// among the other's (حزب العمال and حزب العمال الكردستاني; تنظيم داعش and داعش), the group head
/// words (تنظيم، حركة …) and the article aside. Two sources naming one group in a short and a long
/// form are no conflict; the price is that two groups whose names nest would meet too.
/// </summary>
internal static class ActorNames
{
    public static bool Meet(IReadOnlyList<string> these, IReadOnlyList<string> those)
    {
        foreach (string a in these)
        {
            var wa = Words(a);
            foreach (string b in those)
            {
                var wb = Words(b);
                if (wa.Count > 0 && wb.Count > 0 && (wa.IsSubsetOf(wb) || wb.IsSubsetOf(wa)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the name has a word besides a group head: "الحركة" alone points back, and names no one to compare.</summary>
    public static bool Names(string name) => Words(name).Count > 0;

    private static HashSet<string> Words(string name)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in TopicWords.Words(name))
        {
            string bare = word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
            if (!AttributionLexicon.GroupHeads.Contains(word) && !AttributionLexicon.GroupHeads.Contains(bare))
            {
                words.Add(bare);
            }
        }

        return words;
    }
}
