namespace Marsad.Extraction.Quotes;

/// <summary>
/// One normalised form of a cue word. <paramref name="Impersonal"/> marks imperfect forms that,
/// with no subject, are usually the passive or impersonal formula ("ويذكر أن" — it is worth noting
/// that) rather than a continuation; <paramref name="Relay"/> marks نقل، whose speaker follows عن.
/// </summary>
internal sealed record CueWord(CueKind Kind, Gender Gender, bool Imperfect, bool Impersonal, bool Relay);
