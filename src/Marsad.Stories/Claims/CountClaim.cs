using Marsad.Core.Stories;
using Marsad.Stories.Timeline;
using Marsad.Core.Digests;

namespace Marsad.Stories.Claims;

/// <summary>
/// One document's value for a count fact, before comparison: the contract's claim, the fact, the
/// subject (its id, folded name and display name; all null when the count has none), the range
/// the wording allows, the source (its outlet, else the document itself) and the actors and places
/// of its sentence (<paramref name="Sentence"/>): a toll in Somalia and one in Yemen are two facts;
/// and when its article was published (<paramref name="Time"/>, null when the source gave no
/// clock time): a toll that rises through a day is told from sources that disagree at one time.
/// </summary>
internal sealed record CountClaim(
    Claim Claim,
    CountFact Fact,
    string? SubjectId,
    string? SubjectKey,
    string? SubjectName,
    ValueRange Range,
    string Source,
    int Order,
    EntityKeys Sentence,
    DateTimeOffset? Time)
{
    public double Value => (double)Claim.Value;

    /// <summary>Whether its sentence gives a running total (منذ بدء، حتى الآن، الإجمالي): compared only with other running totals, never with one day's count.</summary>
    public bool Running { get; init; }

    /// <summary>What the claim is compared as: its fact, a running total apart from the count of a day.</summary>
    public string Compared => Running ? Fact.Key + "+running" : Fact.Key;
}
