using Marsad.Stories.Model;

namespace Marsad.Stories.Claims;

/// <summary>
/// One document's value for a count fact, before comparison: the contract's claim, the fact, the
/// subject (its id, folded name and display name; all null when the count has none), the range
/// the wording allows and the source (its outlet, else the document itself).
/// </summary>
internal sealed record CountClaim(
    Claim Claim,
    CountFact Fact,
    string? SubjectId,
    string? SubjectKey,
    string? SubjectName,
    ValueRange Range,
    string Source,
    int Order)
{
    public double Value => (double)Claim.Value;
}
