namespace Marsad.Extraction.Quantities;

/// <summary>
/// One counted quantity in an article. [<paramref name="Start"/>, <paramref name="End"/>) is a
/// half-open UTF-16 span of the original text covering the cue words, the number and the unit
/// ("أكثر من 2500 جندي"), without a leading clitic; <paramref name="Text"/> is that span.
/// <paramref name="Value"/> is the number (vague plurals as ACLED codes them: عشرات 10, مئات 100,
/// آلاف 1000, with <paramref name="Approximate"/> set). <paramref name="Unit"/> is the counted noun
/// as written, without conjunction/preposition clitics and diacritics but with its article
/// ("الجنود"), or "%" for every percent form. <paramref name="Confidence"/> is in [0, 1]: higher
/// for a known counted noun than for one only inferred from its position.
/// </summary>
public sealed record QuantityMention(
    int Start,
    int End,
    string Text,
    double Value,
    string Unit,
    bool Approximate,
    QuantityBound? Bound,
    SubjectHint? Subject,
    double Confidence);
