using Marsad.Text.Tokenization;

namespace Marsad.Stories.Timeline;

/// <summary>
/// The trigger words of one sentence, read once: for each kind its first trigger token, whether
/// any past-tense verb reports it, and the kinds the sentence stands for once framing kinds give
/// way to a concrete event and deaths to the attack that caused them.
/// </summary>
internal sealed class SentenceTriggers
{
    private readonly List<(string Kind, int Token)> _first = [];

    public bool HasPastVerb { get; private set; }

    /// <summary>Reads tokens [from, to) of <paramref name="tokens"/>.</summary>
    public static SentenceTriggers Read(IReadOnlyList<Token> tokens, int from, int to)
    {
        var triggers = new SentenceTriggers();
        for (int i = from; i < to; i++)
        {
            Token token = tokens[i];
            if (WordForms.TryGet(TriggerLexicon.Lexicon, token, out Trigger trigger))
            {
                triggers.HasPastVerb |= trigger.PastVerb;
                if (!triggers._first.Exists(f => f.Kind == trigger.Kind))
                {
                    triggers._first.Add((trigger.Kind, i));
                }
            }
            else if (WordForms.TryGet(PastMarkers.Lexicon, token, out _))
            {
                triggers.HasPastVerb = true;
            }
        }

        return triggers;
    }

    /// <summary>The events the sentence reports: each kind with the token of its first trigger.</summary>
    public IEnumerable<(string Kind, int Token)> Events()
    {
        bool concrete = _first.Exists(f => !EventKinds.IsFraming(f.Kind));
        bool violent = _first.Exists(f => EventKinds.IsViolent(f.Kind));
        foreach (var first in _first)
        {
            if (concrete && EventKinds.IsFraming(first.Kind))
            {
                continue;
            }

            if (violent && first.Kind == EventKinds.Death)
            {
                continue;
            }

            yield return first;
        }
    }
}
