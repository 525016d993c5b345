using Marsad.Text.Words;

namespace Marsad.Stories.Positions;

/// <summary>
/// One quote's stance on a question, from its reporting verb and words. A quote is about the
/// question when its sentence holds the question's first content word (its head: "انسحاب" of
/// "انسحاب القوات الأميركية من العراق") or two of its content words. Then, strongest first:
/// doubt (a sceptical verb or a word that calls the claim hollow) → sceptical; denial (a denying
/// verb, or a negation within six words before the question's head) → against; welcome, demand or a
/// word of support → for; the question's head (its first content word) stated without negation →
/// for, since the question names what happens and saying it happens is taking its side. Where the
/// head is not named, its opposite may be (<see cref="StanceLexicon.Opposites"/>: staying for
/// withdrawing): stated → against, negated ("لا مبرر لبقائها") → for, and a denying verb turns
/// either round ("رفض بقاء القوات" → for). Else neutral.
/// </summary>
internal sealed class StanceReader
{
    private const int NegationReach = 6;

    private readonly List<string> _terms;
    private readonly HashSet<string> _termSet;
    private readonly string[] _opposites;

    public StanceReader(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        _terms = TopicWords.Stems(question);
        _termSet = new HashSet<string>(_terms, StringComparer.Ordinal);
        _opposites = _terms.Count > 0 && StanceLexicon.Opposites.TryGetValue(_terms[0], out string[]? opposites) ? opposites : [];
    }

    /// <summary>Whether the question has any content word to match.</summary>
    public bool IsUsable => _terms.Count > 0;

    /// <summary>Whether a sentence is about the question.</summary>
    public bool IsAbout(string sentence) => IsAbout(TopicWords.Stems(sentence));

    /// <summary>Whether a sentence, given by its topic stems, is about the question.</summary>
    public bool IsAbout(IReadOnlyCollection<string> sentenceStems)
    {
        var stems = new HashSet<string>(sentenceStems, StringComparer.Ordinal);
        int shared = _termSet.Count(stems.Contains);
        return _terms.Count > 0 && (stems.Contains(_terms[0]) || shared >= Math.Min(2, _termSet.Count));
    }

    /// <summary>The stance a quote (its reported words and its reporting verb) takes on the question.</summary>
    public string Read(string words, string? cue) =>
        Read(TopicWords.Words(words), cue is null ? string.Empty : TopicWords.Fold(cue.StartsWith('و') && cue.Length > 3 ? cue[1..] : cue));

    /// <summary>The stance of a quote given as its folded words and folded reporting verb (as a digest keeps them).</summary>
    public string Read(IReadOnlyList<string> folded, string verb)
    {
        if (StanceLexicon.ScepticalCues.Contains(verb) || folded.Any(StanceLexicon.ScepticalMarkers.Contains))
        {
            return Stances.Sceptical;
        }
        bool negated = false, stated = false;
        for (int i = 0; i < folded.Count; i++)
        {
            string stem = TopicWords.Stem(folded[i]);
            if (!_termSet.Contains(stem))
            {
                continue;
            }
            if (!string.Equals(stem, _terms[0], StringComparison.Ordinal))
            {
                // Only the head can be denied: "عدم إبقاء أي قوات" negates staying, not the forces.
                continue;
            }
            stated = true;
            negated |= NegatedBefore(folded, i);
        }
        bool denying = StanceLexicon.AgainstCues.Contains(verb);
        if (denying || negated)
        {
            return !stated && Opposite(folded) is { } opposite ? (opposite ? Stances.For : Stances.Against) : Stances.Against;
        }
        if (!stated && Opposite(folded) is { } taken)
        {
            return taken ? Stances.Against : Stances.For;
        }
        if (StanceLexicon.ForCues.Contains(verb) || folded.Any(StanceLexicon.ForMarkers.Contains) || stated)
        {
            return Stances.For;
        }
        return Stances.Neutral;
    }

    /// <summary>Whether a negation stands within reach before word <paramref name="i"/>.</summary>
    private static bool NegatedBefore(IReadOnlyList<string> folded, int i)
    {
        for (int j = Math.Max(0, i - NegationReach); j < i; j++)
        {
            if (TopicWords.IsOneOf(folded[j], StanceLexicon.Negations))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Null when the words never name the head's opposite; else whether they state it (true) or negate it (false).</summary>
    private bool? Opposite(IReadOnlyList<string> folded)
    {
        bool? found = null;
        for (int i = 0; i < folded.Count; i++)
        {
            foreach (string start in _opposites)
            {
                if (folded[i].StartsWith(start, StringComparison.Ordinal))
                {
                    bool stated = !NegatedBefore(folded, i);
                    found = found is null ? stated : found.Value && stated;
                    break;
                }
            }
        }
        return found;
    }
}
