using System.Globalization;
using System.Text;

namespace Marsad.Training.Entities.Evaluation;

/// <summary>What <see cref="ChunkScorer"/> found: micro-averaged chunk scores, per-type scores and token accuracy.</summary>
public sealed record ScoreReport(
    int Tokens,
    int Sentences,
    int CorrectTags,
    ChunkScore Overall,
    IReadOnlyDictionary<string, ChunkScore> ByType)
{
    /// <summary>Share of tokens whose predicted tag equals the gold tag; 0 for no tokens.</summary>
    public double Accuracy => Tokens == 0 ? 0 : (double)CorrectTags / Tokens;

    /// <summary>conlleval's report, line for line, so the two can be compared by eye.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"processed {Tokens} tokens with {Overall.Gold} phrases; found: {Overall.Predicted} phrases; correct: {Overall.Correct}.\n");
        if (Tokens > 0)
        {
            text.Append(c, $"accuracy: {100 * Accuracy,6:F2}%; ");
            text.Append(c, $"precision: {100 * Overall.Precision,6:F2}%; recall: {100 * Overall.Recall,6:F2}%; FB1: {100 * Overall.F1,6:F2}\n");
        }

        foreach (var (type, score) in ByType.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.Append(c, $"{type,17}: precision: {100 * score.Precision,6:F2}%; recall: {100 * score.Recall,6:F2}%; FB1: {100 * score.F1,6:F2}  {score.Predicted}\n");
        }

        return text.ToString();
    }
}
