using Marsad.Text.Tokenization;
using Marsad.Core.Digests;
using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Digests;

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

    /// <summary>
    /// The events the sentence reports: each concrete kind with the token of its first trigger; with
    /// none, the one framing kind that says most (a deadline over a plan over an announcement).
    /// </summary>
    public IEnumerable<(string Kind, int Token)> Events()
    {
        if (!_first.Exists(f => !EventKinds.IsFraming(f.Kind)))
        {
            foreach (string kind in (string[])[EventKinds.Deadline, EventKinds.Plan, EventKinds.Announcement])
            {
                int at = _first.FindIndex(f => f.Kind == kind);
                if (at >= 0)
                {
                    return [_first[at]];
                }
            }

            return [];
        }

        bool violent = _first.Exists(f => EventKinds.IsViolent(f.Kind));
        return _first.Where(f => !EventKinds.IsFraming(f.Kind) && !(violent && f.Kind == EventKinds.Death));
    }
}
