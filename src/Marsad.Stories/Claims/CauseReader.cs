namespace Marsad.Stories.Claims;

/// <summary>
/// The causes one sentence gives for an explosion or attack it reports: every kind of cause it
/// names (<see cref="CauseLexicon"/>) and does not reject — a cause named after a denial in the
/// sentence (نفى … سيارة مفخخة) is left out.
/// </summary>
internal static class CauseReader
{
    public static List<string> Read(string sentence)
    {
        var found = new List<string>();
        string folded = CauseLexicon.FoldText(sentence);
        if (!CauseLexicon.EventWords.Any(w => folded.Contains(w, StringComparison.Ordinal)))
        {
            return found;
        }
        foreach (var (label, phrases) in CauseLexicon.Kinds)
        {
            int at = phrases.Select(p => folded.IndexOf(p, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (at >= 0 && !CauseLexicon.Denials.Any(d => folded.IndexOf(d, StringComparison.Ordinal) is >= 0 and var i && i < at))
            {
                found.Add(label);
            }
        }
        return found;
    }
}
