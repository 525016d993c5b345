namespace Marsad.Core.Digests;

/// <summary>
/// A role an article gives one of its persons ("رئيس الوزراء العراقي"): <see cref="Text"/> as
/// written (without a leading و/ف or a preposition), and <see cref="Key"/>, the folded form two
/// spellings of one role share (أميركي/أمريكي, hamza carriers, ة/ه, the article ال).
/// <see cref="IsQualified"/>: whether the role says whose office it is — a nationality (الرئيس
/// الأمريكي، رئيس الوزراء العراقي), a body (المتحدث باسم البنتاغون) — so that one holder a year is a
/// fair reading. "الرئيس" or "وزير الخارجية" alone is every country's, held by many people in one
/// year, so it never decides a merge or keeps one apart. Read with the article (the lexicons that
/// decide it live with extraction), so the collection only compares.
/// </summary>
public readonly record struct RoleReading(string Key, string Text, bool IsQualified);
