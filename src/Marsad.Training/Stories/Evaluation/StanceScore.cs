using System.Globalization;
using System.Text;

namespace Marsad.Training.Stories.Evaluation;

/// <summary>What <see cref="StanceScorer"/> found: accuracy, the confusion table and the wrongly read quotes.</summary>
/// <param name="QuotesFound">Items whose slice a quote of Marsad's overlaps (the rest were read from the slice alone).</param>
/// <param name="SlicesNotInText">Items whose slice cleaning changed, so it could not be placed in Marsad's text.</param>
/// <param name="Confusion">Counts by gold stance (row) and predicted stance (column), in <see cref="StanceGold.Labels"/> order.</param>
public sealed record StanceScore(int Items, int Correct, int QuotesFound, int SlicesNotInText, int[,] Confusion, IReadOnlyList<StancePrediction> Wrong)
{
    public double Accuracy => Items == 0 ? 0 : (double)Correct / Items;

    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var labels = StanceGold.Labels;
        var text = new StringBuilder();
        text.Append(c, $"{Items} labelled quotes: accuracy {Accuracy:0.000} ({Correct} right); Marsad found the quote for {QuotesFound}");
        text.Append(c, $"{(SlicesNotInText > 0 ? $", {SlicesNotInText} not in Marsad's text" : "")}\n");
        text.Append(c, $"{"gold \\ read",-12}");
        foreach (string label in labels)
        {
            text.Append(c, $"{label,10}");
        }
        text.Append('\n');
        for (int row = 0; row < labels.Count; row++)
        {
            text.Append(c, $"{labels[row],-12}");
            for (int column = 0; column < labels.Count; column++)
            {
                text.Append(c, $"{Confusion[row, column],10}");
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
