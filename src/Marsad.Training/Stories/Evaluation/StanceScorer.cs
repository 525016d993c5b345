namespace Marsad.Training.Stories.Evaluation;

/// <summary>Accuracy and the confusion of stances (gold × predicted) over labelled quotes.</summary>
public static class StanceScorer
{
    public static StanceScore Score(IEnumerable<StancePrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        var labels = StanceGold.Labels;
        var confusion = new int[labels.Count, labels.Count];
        int items = 0, correct = 0, found = 0, notInText = 0;
        var wrong = new List<StancePrediction>();
        foreach (StancePrediction p in predictions)
        {
            items++;
            confusion[Index(p.Gold.Stance), Index(p.Predicted)]++;
            if (string.Equals(p.Gold.Stance, p.Predicted, StringComparison.Ordinal))
            {
                correct++;
            }
            else
            {
                wrong.Add(p);
            }
            found += p.Match == StanceMatch.QuoteFound ? 1 : 0;
            notInText += p.Match == StanceMatch.SliceNotInText ? 1 : 0;
        }
        return new StanceScore(items, correct, found, notInText, confusion, wrong);
    }

    private static int Index(string stance)
    {
        for (int i = 0; i < StanceGold.Labels.Count; i++)
        {
            if (string.Equals(StanceGold.Labels[i], stance, StringComparison.Ordinal))
            {
                return i;
            }
        }
        throw new ArgumentException($"not a stance: '{stance}'", nameof(stance));
    }
}
