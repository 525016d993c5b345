using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// Cardinal number words in the spellings of the press: masculine and feminine (ثلاث/ثلاثة),
/// nominative and oblique (ثلاثون/ثلاثين), مئة and مائة, hundreds written as one word or two
/// (ثلاثمئة، ثلاث مئة), duals of the scales (ألفين، مليونين، مئتين). Ordinals (الثاني، الخامس) are
/// deliberately absent. Keys are folded by <see cref="FoldedLexicon{T}"/>, so hamza and ة/ه variants
/// (مئه، ألف/الف) need no rows of their own.
/// </summary>
internal static class NumberWords
{
    private static readonly (string[] Forms, int Value)[] OnesRows =
    [
        (["ثلاث", "ثلاثة"], 3), (["أربع", "أربعة"], 4), (["خمس", "خمسة"], 5), (["ست", "ستة"], 6),
        (["سبع", "سبعة"], 7), (["ثمان", "ثماني", "ثمانية"], 8), (["تسع", "تسعة"], 9), (["عشر", "عشرة"], 10),
    ];

    private static readonly (string[] Forms, int Value)[] TensRows =
    [
        (["عشرون", "عشرين"], 20), (["ثلاثون", "ثلاثين"], 30), (["أربعون", "أربعين"], 40), (["خمسون", "خمسين"], 50),
        (["ستون", "ستين"], 60), (["سبعون", "سبعين"], 70), (["ثمانون", "ثمانين"], 80), (["تسعون", "تسعين"], 90),
    ];

    private static readonly string[] Hundred = ["مئة", "مائة"];

    public static FoldedLexicon<NumberWord> Lexicon { get; } = new(Entries());

    /// <summary>The word for ten that makes a teen after a unit (خمسة عشر، ثلاث عشرة).</summary>
    public static bool IsTeenTen(NumberWord word) => word is { Kind: NumberWordKind.Ones, Value: 10 };

    private static IEnumerable<KeyValuePair<string, NumberWord>> Entries()
    {
        foreach (string w in new[] { "واحد", "واحدة", "أحد", "إحدى" })
        {
            yield return Entry(w, NumberWordKind.OneOrTwo, 1);
        }

        foreach (string w in new[] { "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي", "ثنتين" })
        {
            yield return Entry(w, NumberWordKind.OneOrTwo, 2);
        }

        foreach ((string[] forms, int value) in OnesRows)
        {
            foreach (string w in forms)
            {
                yield return Entry(w, NumberWordKind.Ones, value);
            }

            // ثلاثمئة، ثلاثمائة، ثمانمئة، ثمانيمائة: the hundreds written as one word.
            if (value < 10)
            {
                foreach (string w in forms.Where(f => !f.EndsWith('ة')))
                {
                    foreach (string h in Hundred)
                    {
                        yield return Entry(w + h, NumberWordKind.Hundreds, value * 100);
                    }
                }
            }
        }

        foreach ((string[] forms, int value) in TensRows)
        {
            foreach (string w in forms)
            {
                yield return Entry(w, NumberWordKind.Tens, value);
            }
        }

        foreach (string w in Hundred)
        {
            yield return Entry(w, NumberWordKind.Hundreds, 100);
        }

        foreach (string w in new[] { "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي" })
        {
            yield return Entry(w, NumberWordKind.Hundreds, 200);
        }

        foreach (var (singular, dual, plural, multiplier) in new[]
        {
            (new[] { "ألف", "ألفا" }, new[] { "ألفان", "ألفين", "ألفي" }, new[] { "آلاف", "ألوف" }, 1e3),
            (["مليون", "مليونا"], ["مليونان", "مليونين", "مليوني"], ["ملايين"], 1e6),
            (["مليار", "مليارا", "بليون", "بليونا"], ["ملياران", "مليارين", "ملياري", "بليونين"], ["مليارات", "بلايين"], 1e9),
            (["تريليون", "ترليون", "تريليونا"], ["تريليونين"], ["تريليونات"], 1e12),
        })
        {
            foreach (string w in singular)
            {
                yield return KeyValuePair.Create(w, new NumberWord(NumberWordKind.Scale, multiplier, multiplier));
            }

            foreach (string w in dual)
            {
                yield return KeyValuePair.Create(w, new NumberWord(NumberWordKind.Scale, 2 * multiplier, multiplier));
            }

            foreach (string w in plural)
            {
                yield return KeyValuePair.Create(w, new NumberWord(NumberWordKind.ScalePlural, multiplier, multiplier));
            }
        }

        yield return Entry("عشرات", NumberWordKind.Vague, 10);
        yield return Entry("مئات", NumberWordKind.Vague, 100);

        // بضعة "a few": coded 3, as the smallest count the word allows.
        yield return Entry("بضع", NumberWordKind.Vague, 3);
        yield return Entry("بضعة", NumberWordKind.Vague, 3);
    }

    private static KeyValuePair<string, NumberWord> Entry(string word, NumberWordKind kind, double value) =>
        KeyValuePair.Create(word, new NumberWord(kind, value));
}
