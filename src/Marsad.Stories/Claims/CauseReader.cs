using Marsad.Text.Words;


namespace Marsad.Stories.Claims;

/// <summary>
/// The causes one sentence gives for an explosion or attack it reports: every kind of cause it
/// names (<see cref="CauseLexicon"/>) as the means of the blast (بسيارة مفخخة، انفجار عبوة، ناجم عن
/// …; not a target: استهدفت مستودعات) and does not reject (نفى … سيارة مفخخة).
/// </summary>
internal static class CauseReader
{
    public static List<string> Read(string sentence)
    {
        var found = new List<string>();
        string folded = TopicWords.Fold(sentence);
        if (!CauseLexicon.EventWords.Any(w => folded.Contains(w, StringComparison.Ordinal)))
        {
            return found;
        }
        foreach (var (label, phrases) in CauseLexicon.Kinds)
        {
            foreach (string phrase in phrases)
            {
                int at = folded.IndexOf(phrase, StringComparison.Ordinal);
                if (at >= 0 && IsCause(folded, at) && !CauseLexicon.Denials.Any(d => folded.IndexOf(d, StringComparison.Ordinal) is >= 0 and var i && i < at))
                {
                    found.Add(label);
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>Whether the phrase at <paramref name="at"/> is the means of the blast: written with ب, or after a cause cue.</summary>
    private static bool IsCause(string folded, int at)
    {
        if (at >= 1 && folded[at - 1] == 'ب' && (at == 1 || folded[at - 2] == ' '))
        {
            return true;
        }
        string[] before = folded[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (before.Length == 0)
        {
            return false;
        }
        string last = Bare(before[^1]);
        return CauseLexicon.CauseCues.Contains(last)
            || (last == "عن" && before.Length > 1 && CauseLexicon.ResultWords.Contains(Bare(before[^2])));
    }

    /// <summary>A word without a conjunction or the article written onto it (وانفجار، الانفجار).</summary>
    private static string Bare(string word)
    {
        string w = word.Trim('،', ',', '"', '(', ')');
        if (w.Length > 3 && w[0] is 'و' or 'ف')
        {
            w = w[1..];
        }
        return w.Length > 4 && w.StartsWith("ال", StringComparison.Ordinal) ? w[2..] : w;
    }
}
