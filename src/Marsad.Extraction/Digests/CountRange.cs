using Marsad.Core.Analysis;
using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Digests;

/// <summary>
/// The values a stated count allows: exactly it; within <see cref="Tolerance"/> of it when given
/// loosely (نحو 2500); from it up for أكثر من, up to it for أقل من. Read with the article, so the
/// collection only asks whether two ranges meet ("أكثر من 5000" and "5200" are one figure).
/// </summary>
internal static class CountRange
{
    /// <summary>How far نحو/حوالي reaches: a rounded figure is rarely off by more.</summary>
    private const double Tolerance = 0.15;

    /// <summary>
    /// Counts named by a plural of tens, hundreds or thousands (عشرات، مئات، آلاف): extraction gives
    /// the unit's value, and the phrase means anything from it up to the next order of magnitude.
    /// </summary>
    private static readonly FoldedLexicon<bool> Vague = FoldedSet.Of(["عشرات", "مئات", "آلاف", "ألوف", "ملايين"]);

    public static (double Low, double High) Of(QuantityItem quantity)
    {
        double v = quantity.Value;
        int space = quantity.Text.IndexOf(' ', StringComparison.Ordinal);
        ReadOnlySpan<char> first = space < 0 ? quantity.Text : quantity.Text.AsSpan(0, space);
        // With a conjunction or preposition on it: وعشرات، بمئات.
        if (Vague.Contains(first) || (first.Length > 4 && first[0] is 'و' or 'ب' or 'ل' && Vague.Contains(first[1..])))
        {
            return (v, v * 10);
        }

        double slack = quantity.Approximate ? Math.Abs(v) * Tolerance : 0;
        return quantity.Bound switch
        {
            "AT_LEAST" => (v - slack, double.PositiveInfinity),
            "AT_MOST" => (0, v + slack),
            _ => (v - slack, v + slack),
        };
    }
}
