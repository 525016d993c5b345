namespace Marsad.Extraction.Quotes;

/// <summary>
/// The confidence a quote gets, by how its speaker was found. The cue and the span are reliable
/// once a reporting word meets إن/أن or a quotation; what varies is the speaker, so the figures rank
/// the evidence for it: named in the reporting clause and recognised as an entity, named but only
/// as a phrase, attributed (بحسب X, a weaker tie), inherited from an earlier quote by agreement, or
/// unknown.
/// </summary>
public static class QuoteConfidence
{
    /// <summary>The reporting clause names the speaker and the recogniser tagged it: "قال السوداني إن".</summary>
    public const double NamedEntity = 0.9;

    /// <summary>An attribution names a recognised entity: "بحسب وزارة الصحة، فإن".</summary>
    public const double AttributedEntity = 0.85;

    /// <summary>The clause names the speaker but no entity covers it: "قال مصدر أمني إن".</summary>
    public const double NamedPhrase = 0.75;

    /// <summary>The speaker of an earlier quote, agreeing in gender and number: "وأضافت أن".</summary>
    public const double Continued = 0.7;

    /// <summary>An attribution to an untagged phrase: "وفقا لمصادر محلية".</summary>
    public const double AttributedPhrase = 0.7;

    /// <summary>No subject and no earlier speaker: the person the sentence, or the one before, is about ("لكنه أكد أن").</summary>
    public const double Inferred = 0.55;

    /// <summary>A reporting cue with no speaker to be found.</summary>
    public const double Unattributed = 0.45;
}
