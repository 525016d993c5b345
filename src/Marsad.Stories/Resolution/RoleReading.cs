namespace Marsad.Stories.Resolution;

/// <summary>
/// A role an article gives one of its persons ("رئيس الوزراء العراقي"): <see cref="Text"/> as
/// written (without a leading و/ف or a preposition), and <see cref="Key"/>, the folded form two
/// spellings of one role share (أميركي/أمريكي, hamza carriers, ة/ه, the article ال).
/// </summary>
internal readonly record struct RoleReading(string Key, string Text)
{
    /// <summary>
    /// Whether the role says which office it is (a head and at least one qualifying word):
    /// "الرئيس" alone is every president of every country, so it never decides a merge.
    /// </summary>
    public bool IsQualified => Key.Contains(' ', StringComparison.Ordinal);
}
