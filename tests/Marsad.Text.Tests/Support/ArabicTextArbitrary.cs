using FsCheck;
using FsCheck.Fluent;

namespace Marsad.Text.Tests.Support;

/// <summary>
/// Generates <see cref="ArabicText"/>: fragments of Arabic letters, harakat, tatweel, alef forms,
/// clitics, digits and separators, quotes, punctuation, bidi and zero-width marks, presentation
/// forms and ligatures, paired and lone surrogates, and now and then any UTF-16 value at all.
/// </summary>
public static class ArabicTextArbitrary
{
    private static readonly string[] Fragments =
    [
        "و", "ال", "بال", "لل", "لـ", "بـ", "وس", "ف", "ك", "س", "أ", "إ", "آ", "ٱ", "ى", "ة", "ؤ", "ئ", "ء",
        "بغداد", "لبنان", "وزير", "الحكومة", "قال", "مُحَمَّدٌ", "الــعــراق", "ﻻ", "ﷲ", "ﷺ", "ﺍﻟﻌﺮﺑﻴﺔ",
        "٣٫٥", "٢٬٥٠٠", "۱۹۹۰", "2,500", "3.5", "د.", "U.S.", "Mr.", "...", "…", "؟", "،", "؛", "!",
        "\"", "“", "”", "«", "»", "„", "'", " ", " ", " ", "\n", "\r\n", "\u00A0", "\u200F", "\u200E", "\u200B",
        "\u200C", "\u202B", "\u2067", "\uFEFF", "\u00AD", "\u0640", "\u0670", "\u0654", "#", "_", "😀", "\uD83D",
        "\uDE00", "\u0301", "ک", "ی", "ھ", ".", "م.", "2020م.",
    ];

    public static Arbitrary<ArabicText> ArabicText()
    {
        Gen<char> arabicLetter = Gen.Choose(0x0621, 0x064A).Select(i => (char)i);
        Gen<char> haraka = Gen.Choose(0x064B, 0x065F).Select(i => (char)i);
        Gen<char> presentation = Gen.Choose(0xFB50, 0xFEFF).Select(i => (char)i);
        Gen<char> anyChar = Gen.Choose(0, 0xFFFF).Select(i => (char)i);
        Gen<string> single = Gen.Frequency(
            (8, arabicLetter),
            (3, haraka),
            (1, presentation),
            (1, anyChar)).Select(c => c.ToString());
        Gen<string> piece = Gen.Frequency((3, single), (2, Gen.Elements(Fragments)));
        Gen<ArabicText> text = Gen.ListOf(piece).Select(parts => new ArabicText(string.Concat(parts)));
        return Arb.From(text, Shrink);
    }

    private static IEnumerable<ArabicText> Shrink(ArabicText text)
    {
        string value = text.Value;
        if (value.Length == 0)
        {
            yield break;
        }

        yield return new ArabicText(value[..(value.Length / 2)]);
        yield return new ArabicText(value[(value.Length / 2)..]);
        for (int i = 0; i < value.Length && i < 32; i++)
        {
            yield return new ArabicText(value.Remove(i, 1));
        }
    }
}
