namespace Marsad.Text.Tokenization;

/// <summary>
/// One token: [Start, End) in the ORIGINAL text, its normalised form, and — for Arabic words —
/// the length of the proclitics (و ف ب ك ل ال س لل …) split off the front of the normalised form.
/// </summary>
public readonly record struct Token(int Start, int End, string Normalized, TokenKind Kind, int ProcliticLength)
{
    /// <summary>The normalised word without its proclitics (the whole word when none were split).</summary>
    public string Base => ProcliticLength == 0 ? Normalized : Normalized[ProcliticLength..];
}
