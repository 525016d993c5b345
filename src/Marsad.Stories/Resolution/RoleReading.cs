using Marsad.Extraction.Entities.Recognition;
using Marsad.Extraction.Lexicons;

namespace Marsad.Stories.Resolution;

/// <summary>
/// A role an article gives one of its persons ("رئيس الوزراء العراقي"): <see cref="Text"/> as
/// written (without a leading و/ف or a preposition), and <see cref="Key"/>, the folded form two
/// spellings of one role share (أميركي/أمريكي, hamza carriers, ة/ه, the article ال).
/// </summary>
internal readonly record struct RoleReading(string Key, string Text)
{
    /// <summary>
    /// Whether the role says whose office it is — a nationality (الرئيس الأمريكي، رئيس الوزراء
    /// العراقي), a body (المتحدث باسم البنتاغون، وزير خارجية الاتحاد الأوروبي) — so that one holder a
    /// year is a fair reading. "الرئيس" or "وزير الخارجية" alone is every country's, held by many
    /// people in one year, so it never decides a merge or keeps one apart.
    /// </summary>
    public bool IsQualified { get; } = Qualifies(Text);

    private static bool Qualifies(string text)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < words.Length; i++)
        {
            if (string.Equals(words[i], "باسم", StringComparison.Ordinal)
                || NationalityLexicon.CountryOf(words[i]) is not null
                || CueLexicon.IsOrgHead(words[i]))
            {
                return true;
            }
        }

        return false;
    }
}
