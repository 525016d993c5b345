namespace Marsad.Extraction.Quotes;

/// <summary>
/// One normalised form of a cue word. <paramref name="Impersonal"/> marks imperfect forms that,
/// with no subject, are usually the passive or impersonal formula ("ويذكر أن" — it is worth noting
/// that) rather than a continuation; <paramref name="Relay"/> marks نقل، whose speaker follows عن.
/// <paramref name="EndsInMaksura"/> marks forms written with a final ى (نفى، رأى، ادعى): the same
/// letters ending in ي are the nouns نفي and رأي, which the normaliser's ى → ي fold would confuse.
/// <paramref name="Bare"/> marks verbs of saying that may open a quotation with no colon or إن
/// ("وقال في بيان “…”"); others (اعتبر، أكد، أشار) followed by marks are quoting a phrase of their
/// own clause ("واعتبر الوجود … يهدف “لضمان …”"), not handing over to the speaker.
/// </summary>
internal sealed record CueWord(CueKind Kind, Gender Gender, bool Imperfect, bool Impersonal, bool Relay, bool EndsInMaksura = false, bool Bare = false);
