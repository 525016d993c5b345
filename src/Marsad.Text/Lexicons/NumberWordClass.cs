namespace Marsad.Text.Lexicons;

/// <summary>The grammatical class of a row of <see cref="NumberWordTable"/>.</summary>
public enum NumberWordClass
{
    One,
    OneOf,
    Two,
    Unit,
    Ten,
    Hundred,
    Scale,
    ScaleDual,
    ScalePlural,
    Vague,
    OrdinalUnit,
    OrdinalTen,
}
