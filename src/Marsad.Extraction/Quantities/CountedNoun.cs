namespace Marsad.Extraction.Quantities;

/// <summary>
/// The unit found after a number: the token range it covers (for "في المئة" two tokens; for
/// "من الجنود" the noun only is <paramref name="Noun"/>), its written form and its class.
/// <paramref name="Noun"/> is -1 when there is no noun token (%, في المئة).
/// </summary>
internal readonly record struct CountedNoun(int Last, int Noun, string Unit, UnitClass Class, bool Definite, double Confidence);
