namespace Marsad.Extraction.Quantities;

/// <summary>
/// The words of the sentence that say whose count a quantity is: a nationality adjective agreeing
/// with the counted noun ("جندي أميركي" → "أميركي", with <paramref name="Country"/> the canonical
/// country name), or the noun phrase joined to the unit by من or في صفوف ("جندي من قوات التحالف" →
/// "قوات التحالف", <paramref name="Country"/> null). A half-open span of the original text; the
/// pipeline maps it to an entity by overlap with entity mentions, or by country.
/// </summary>
public sealed record SubjectHint(int Start, int End, string Text, string? Country);
