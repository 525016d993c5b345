namespace Marsad.Extraction.Quantities;

/// <summary>
/// A number read from tokens [<paramref name="First"/>, <paramref name="Last"/>]: its value, whether
/// it is a vague count (عشرات، آلاف), whether it was written in digits, and whether it looks like a
/// year (four plain digits 1800–2100), which then needs a known counted noun to count. For digits
/// in brackets before their scale ("(138) مليار") <paramref name="First"/> is the opening bracket.
/// </summary>
internal readonly record struct NumberPhrase(int First, int Last, double Value, bool Approximate, bool Digits, bool YearLike);
