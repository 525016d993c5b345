using Marsad.Text.Words;

namespace Marsad.Stories.Positions;

/// <summary>Where in a quote's folded words the head, its opposite, doubt and leaning are.</summary>
internal sealed partial class StanceReader
{
    /// <summary>How far before the head a negation still denies it ("لا تخطط حاليا لسحب").</summary>
    private const int NegationReach = 6;

    /// <summary>How far before a word of support or blame a negation still turns it ("لن تمنح أي شرعية" is as far as it goes).</summary>
    private const int MarkerNegationReach = 3;

    /// <summary>How far before the head a topic word makes it a topic ("حديث البعض عن انسحاب").</summary>
    private const int FrameReach = 3;

    /// <summary>Whether the head is named (as a noun, a verb of its root or another wording of the action), negated, and named as a claim rather than a topic.</summary>
    private (bool Stated, bool Negated, bool Claimed) Head(IReadOnlyList<string> folded)
    {
        bool stated = false, negated = false, claimed = false;
        for (int i = 0; i < folded.Count; i++)
        {
            if (!IsHead(folded, i))
            {
                continue;
            }
            stated = true;
            negated |= NegatedBefore(folded, i, NegationReach);
            claimed |= !FramedBefore(folded, i);
        }
        return (stated, negated, claimed);
    }

    /// <summary>Whether word <paramref name="i"/> names the question's action. Only the head can be denied: "عدم إبقاء أي قوات" negates staying, not the forces.</summary>
    private bool IsHead(IReadOnlyList<string> folded, int i)
    {
        string word = folded[i];
        if (string.Equals(TopicWords.Stem(word), _terms[0], StringComparison.Ordinal))
        {
            return true;
        }
        foreach (string root in _roots)
        {
            if (MarkerForms.IsVerbOf(word, root) || string.Equals(TopicWords.Stem(word), root, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return _phrases.Any(p => StartsAt(folded, i, p));
    }

    /// <summary>Whether the quote doubts: a sceptical reporting verb, a word that calls the claim hollow, or a phrase that does.</summary>
    private static bool Doubts(IReadOnlyList<string> folded, string verb) =>
        StanceLexicon.ScepticalCues.Contains(verb)
        || folded.Any(w => MarkerForms.IsIn(w, StanceLexicon.ScepticalMarkers))
        || Enumerable.Range(0, folded.Count).Any(i => StanceLexicon.ScepticalPhrases.Any(p => StartsAt(folded, i, p)));

    /// <summary>Words of support less words and phrases of harm or blame, a word turned round by a negation just before it.</summary>
    private static int Leaning(IReadOnlyList<string> folded)
    {
        int leaning = 0;
        for (int i = 0; i < folded.Count; i++)
        {
            int sign = MarkerForms.IsIn(folded[i], StanceLexicon.ForMarkers) ? 1 : MarkerForms.IsIn(folded[i], StanceLexicon.AgainstMarkers) ? -1 : 0;
            leaning += NegatedBefore(folded, i, MarkerNegationReach) ? -sign : sign;
            leaning -= StanceLexicon.AgainstPhrases.Count(p => StartsAt(folded, i, p));
        }
        return leaning;
    }

    /// <summary>Whether a negation stands within <paramref name="reach"/> words before word <paramref name="i"/>; "لا بد" and "لا تزال" are none.</summary>
    private static bool NegatedBefore(IReadOnlyList<string> folded, int i, int reach)
    {
        for (int j = Math.Max(0, i - reach); j < i; j++)
        {
            if (TopicWords.IsOneOf(folded[j], StanceLexicon.Negations) && !StanceLexicon.NotNegated.Contains(folded[j + 1]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool FramedBefore(IReadOnlyList<string> folded, int i)
    {
        for (int j = Math.Max(0, i - FrameReach); j < i; j++)
        {
            if (StanceLexicon.TopicFrames.Contains(folded[j]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="phrase"/> starts at word <paramref name="i"/>, each word in any of its shapes.</summary>
    private static bool StartsAt(IReadOnlyList<string> folded, int i, string[] phrase)
    {
        if (i + phrase.Length > folded.Count)
        {
            return false;
        }
        for (int k = 0; k < phrase.Length; k++)
        {
            if (!MarkerForms.Bases(folded[i + k]).Contains(phrase[k], StringComparer.Ordinal))
            {
                return false;
            }
        }
        return true;
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
                    bool stated = !NegatedBefore(folded, i, NegationReach);
                    found = found is null ? stated : found.Value && stated;
                    break;
                }
            }
        }
        return found;
    }
}
