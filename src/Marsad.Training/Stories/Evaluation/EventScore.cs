using System.Globalization;
using System.Text;

namespace Marsad.Training.Stories.Evaluation;

/// <summary>What <see cref="EventScorer"/> found, with the wrongly joined and the missed pairs to look at.</summary>
public sealed record EventScore(
    int Articles,
    int Events,
    int NearMisses,
    long TruePairs,
    long FalsePairs,
    long MissedPairs,
    double BCubedPrecision,
    double BCubedRecall,
    int NearMissesJoined,
    IReadOnlyList<(string A, string B)> Wrong,
    IReadOnlyList<(string A, string B)> Missed)
{
    public double PairPrecision => TruePairs + FalsePairs == 0 ? 1 : (double)TruePairs / (TruePairs + FalsePairs);

    public double PairRecall => TruePairs + MissedPairs == 0 ? 1 : (double)TruePairs / (TruePairs + MissedPairs);

    public double PairF1 => F1(PairPrecision, PairRecall);

    public double BCubedF1 => F1(BCubedPrecision, BCubedRecall);

    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"{Articles} labelled articles, {Events} events, {NearMisses} near-miss pairs\n");
        text.Append(c, $"pairwise: precision {PairPrecision:0.000}, recall {PairRecall:0.000}, F1 {PairF1:0.000} ({TruePairs} joined right, {FalsePairs} joined wrong, {MissedPairs} missed)\n");
        text.Append(c, $"B-cubed:  precision {BCubedPrecision:0.000}, recall {BCubedRecall:0.000}, F1 {BCubedF1:0.000}\n");
        text.Append(c, $"near misses joined: {NearMissesJoined} of {NearMisses}\n");
        return text.ToString();
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
