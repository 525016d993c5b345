using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Extraction.Quantities;

namespace Marsad.Extraction.Tests.Quantities;

public sealed class QuantitySpanPropertyTests
{
    /// <summary>Pieces that build news-like text with numbers, cues, harakat, tatweel and odd marks.</summary>
    private static readonly string[] Pieces =
    [
        "أكثر", "من", "2500", "٢٥٠٠", "2,500", "2.5", "جندي", "أميركي", "نحو", "عشرات", "الجنود", "آلاف", "ثلاثة",
        "خمسة", "عشر", "وعشرين", "%", "٪", "في", "المئة", "بالمائة", "مليون", "دولار", "على", "الأقل", "عام", "2014",
        "يناير", "/", ":", "-", "قتيلا", "صفوف", "الجيش", "العراقي", "ـ", "\u064E", "\u0651", "\u200F", " ", " ", "\n", ".",
    ];

    [Property(MaxTest = 300)]
    public Property Find_SpansAlwaysLieInTheTextAndMatchIt() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pieces)).ToArbitrary(), pieces =>
        {
            string text = string.Join(string.Empty, pieces.Select((p, i) => i % 2 == 0 ? p : p + " "));
            return QuantityFinder.Find(text).All(m =>
                m.Start >= 0 && m.End <= text.Length && m.Start < m.End
                && text.Substring(m.Start, m.End - m.Start) == m.Text
                && (m.Subject is null || (m.Subject.Start >= 0 && m.Subject.End <= text.Length
                    && text.Substring(m.Subject.Start, m.Subject.End - m.Subject.Start) == m.Subject.Text)));
        });

    [Property(MaxTest = 200)]
    public bool Find_ArbitraryStrings_NeverThrowAndStayInBounds(string text) =>
        text is null || QuantityFinder.Find(text).All(m => m.Start >= 0 && m.End <= text.Length && m.Text == text[m.Start..m.End]);
}
