using Marsad.Core.Analysis;
using Marsad.Extraction.Lexicons;

namespace Marsad.Stories.Claims;

/// <summary>
/// The values a stated count allows: exactly it; within <see cref="Tolerance"/> of it when given
/// loosely (نحو 2500); from it up for أكثر من, up to it for أقل من. Two counts agree when their
/// ranges meet, so "أكثر من 5000" and "5200" are one figure, not a conflict.
/// </summary>
internal readonly record struct ValueRange(double Low, double High)
{
    /// <summary>How far نحو/حوالي reaches: a rounded figure is rarely off by more.</summary>
    private const double Tolerance = 0.15;

    /// <summary>
    /// Counts named by a plural of tens, hundreds or thousands (عشرات، مئات، آلاف): extraction gives
    /// the unit's value, and the phrase means anything from it up to the next order of magnitude.
    /// </summary>
    private static readonly FoldedLexicon<bool> Vague = FoldedSet.Of(["عشرات", "مئات", "آلاف", "ألوف", "ملايين"]);

    public static ValueRange Of(QuantityItem quantity)
    {
        double v = quantity.Value;
        int space = quantity.Text.IndexOf(' ', StringComparison.Ordinal);
        if (Vague.Contains(space < 0 ? quantity.Text : quantity.Text.AsSpan(0, space)))
        {
            return new ValueRange(v, v * 10);
        }

        double slack = quantity.Approximate ? Math.Abs(v) * Tolerance : 0;
        return quantity.Bound switch
        {
            "AT_LEAST" => new ValueRange(v - slack, double.PositiveInfinity),
            "AT_MOST" => new ValueRange(0, v + slack),
            _ => new ValueRange(v - slack, v + slack),
        };
    }

    public bool Meets(ValueRange other) => Low <= other.High && other.Low <= High;
}
