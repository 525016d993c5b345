using FsCheck;
using FsCheck.Fluent;

namespace Marsad.Extraction.Tests.Quotes;

/// <summary>
/// Generates articles from the pieces quotes are made of — reporting verbs with clitics and
/// harakat, إن/أن, tagged names, dates, every kind of quotation mark (paired, lone, swapped),
/// commas, colons, stops and line breaks — in any order, so that half-formed and broken patterns
/// turn up as often as whole ones.
/// </summary>
public static class QuoteMarkupArbitrary
{
    private static readonly string[] Fragments =
    [
        "قال", "وقال", "وَقَالَتْ", "وأضاف", "وأضافت", "يقول", "أكد", "نفى", "ولفت", "إلى", "مشيرا", "قائلة", "بالقول",
        "بحسب", "وبحسب", "وفقا", "لـ", "نقلت", "عن", "قوله", "فإن", "إن", "أن", "أنه", "إنها", "بأن", "بعد",
        "في", "بيان", "خلال", "المتحدث", "باسم", "مصدر", "أمني", "الوزارة", "الذي", "فيما", "الحكومة", "الأسعار",
        "[P|سامي يوسف]", "[O|وزارة الصحة]", "[L|العراق]", "[P|بلينكن]", "{2024-01-25|25 يناير}", "{2025|عام 2025}",
        "«", "»", "“", "”", "\"", "‘", "’", "„", ":", "،", ",", ".", "؟", "!", "(", ")", "-", "\n",
        " ", " ", " ", " ", " ", "\u0640", "\u064E", "\u200F", "ارتفعت", "الوضع", "خطير", "لن", "نتراجع",
    ];

    public static Arbitrary<QuoteMarkup> QuoteMarkup()
    {
        Gen<QuoteMarkup> text = Gen.ListOf(Gen.Elements(Fragments)).Select(parts => new QuoteMarkup(string.Concat(parts)));
        return Arb.From(text);
    }
}
