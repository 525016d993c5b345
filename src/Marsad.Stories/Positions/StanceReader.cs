using Marsad.Text.Words;

namespace Marsad.Stories.Positions;

/// <summary>
/// One quote's stance on a question, from its reporting verb and words. A quote is about the
/// question when its sentence holds the question's first content word (its head: "انسحاب" of
/// "انسحاب القوات الأميركية من العراق") or two of its content words. The head is found as a noun
/// (its stem) and as a verb of its root ("لن ننسحب"، "سيسحب"), and so are the other words of the
/// same action (<see cref="StanceLexicon.SameAction"/>: "سنخرج"، "إنهاء مهمة" for withdrawing).
/// Then, strongest first: doubt (a sceptical verb, word or phrase: "شبه مستحيل"، "لن ينطلي") →
/// sceptical, unless the speaker denies in his own words ("ننفي هذه الادعاءات"); denial (a denying
/// verb in or over a quote on the question, or a negation within six words before the head) →
/// against; the head's opposite (<see cref="StanceLexicon.Opposites"/>: staying for withdrawing)
/// stated → against, negated ("لا مبرر لبقائها") → for, a denial turning either round; then the
/// balance of words of support (دعم، نتطلع، شجاع) and of harm or blame (خطأ فادح، خرق، مقامرة), a
/// negation just before one turning it round; last, the head stated as a claim → for, since the
/// question names what happens and saying it happens is taking its side, but not the head named
/// as a topic ("في ما يتعلق بالانسحاب"، "الحديث عن انسحاب"). Else neutral.
/// </summary>
internal sealed partial class StanceReader
{
    private readonly List<string> _terms;
    private readonly HashSet<string> _termSet;
    private readonly string[] _opposites;
    private readonly string[] _roots;
    private readonly string[][] _phrases;

    public StanceReader(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        _terms = TopicWords.Stems(question);
        _termSet = new HashSet<string>(_terms, StringComparer.Ordinal);
        string head = _terms.Count > 0 ? _terms[0] : string.Empty;
        _opposites = StanceLexicon.Opposites.TryGetValue(head, out string[]? opposites) ? opposites : [];
        var (roots, phrases) = StanceLexicon.SameAction.TryGetValue(head, out var same) ? same : ([], []);
        _roots = MarkerForms.RootOf(head) is { } root ? [root, .. roots] : roots;
        _phrases = phrases;
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
        bool denies = folded.Any(w => MarkerForms.IsIn(w, StanceLexicon.DenyingWords));
        if (!denies && Doubts(folded, verb))
        {
            return Stances.Sceptical;
        }
        var (stated, negated, claimed) = Head(folded);
        bool? opposite = Opposite(folded);
        // A denying reporting verb counts only over words on the question: "نفت أن تكون قد تلقت أي
        // إخطار" denies the notice, not the question.
        bool denying = denies || (StanceLexicon.AgainstCues.Contains(verb) && (stated || opposite is not null || folded.Any(w => _termSet.Contains(TopicWords.Stem(w)))));
        if (denying || negated)
        {
            return !stated && opposite is { } denied ? (denied ? Stances.For : Stances.Against) : Stances.Against;
        }
        if (!stated && opposite is { } taken)
        {
            return taken ? Stances.Against : Stances.For;
        }
        int leaning = Leaning(folded) + (StanceLexicon.ForCues.Contains(verb) ? 1 : 0);
        if (leaning != 0)
        {
            return leaning > 0 ? Stances.For : Stances.Against;
        }
        return claimed ? Stances.For : Stances.Neutral;
    }
}
