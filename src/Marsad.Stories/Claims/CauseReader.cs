using Marsad.Stories.Model;
using Marsad.Text.Sentences;

namespace Marsad.Stories.Claims;

/// <summary>
/// One document's causes of an explosion or attack: in each sentence about one (<see
/// cref="CauseLexicon.EventWords"/>), every kind of cause the sentence names and does not reject.
/// A cause named after a denial in its sentence (نفى … سيارة مفخخة) is left out.
/// </summary>
internal static class CauseReader
{
    public static List<(string Label, Claim Claim)> Read(StoryDocument doc)
    {
        var found = new List<(string, Claim)>();
        string text = doc.Article.Text ?? "";
        if (text.Length == 0)
        {
            return found;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end) in SentenceSplitter.Default.Split(text))
        {
            string sentence = CauseLexicon.FoldText(text[start..end]);
            if (!CauseLexicon.EventWords.Any(w => sentence.Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }
            foreach (var (label, phrases) in CauseLexicon.Kinds)
            {
                int at = phrases.Select(p => sentence.IndexOf(p, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
                if (at < 0 || CauseLexicon.Denials.Any(d => sentence.IndexOf(d, StringComparison.Ordinal) is >= 0 and var i && i < at) || !seen.Add(label))
                {
                    continue;
                }
                found.Add((label, new Claim(new Evidence(doc.Id, start, end), label, doc.Article.Published?.DateIso, doc.Article.Outlet)));
            }
        }
        return found;
    }
}
