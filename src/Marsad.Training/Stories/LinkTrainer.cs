using System.Globalization;
using Marsad.Stories.Grouping;
using Marsad.Training.Stories.Evaluation;

namespace Marsad.Training.Stories;

/// <summary>
/// Trains the story link model (<see cref="LinkModel"/>) on the dev half of the hand-labelled
/// events: a logistic regression over every pair of labelled articles whose events are at most a
/// story's span apart (same event or not: the model weighs candidate pairs and, when partial
/// stories meet, any pair across them), the classes weighed equally; then the two thresholds are
/// chosen on a grid by what grouping the whole collection gets on the dev labels: the most recall
/// at a pairwise precision of at least <see cref="TargetPrecision"/>, else the best F0.5.
/// The test half is never seen.
/// </summary>
public static class LinkTrainer
{
    private const int Epochs = 4000;
    private const double LearningRate = 0.5;
    private const double L2 = 1e-3;

    /// <summary>Pairs further apart than a story may span are never weighed: they teach nothing.</summary>
    private const int MaxDayGap = 7;

    /// <param name="pairs">Told each labelled pair of every split (its split, its two ids, whether they are one event, and its features), for a maintainer to look at; only dev pairs are learned from.</param>
    public static LinkTrainingResult Train(PreparedGrouping prepared, EventGold gold, Action<string>? progress = null, Action<string, string, string, bool, PairFeatures>? pairs = null)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(gold);
        EventGold dev = gold.Only("dev");
        var examples = new List<(double[] X, double Y)>();
        foreach (string split in EventGold.Splits)
        {
            if (split != "dev" && pairs is null)
            {
                continue;
            }
            foreach ((string a, string b, bool same, PairFeatures features) in LabelledPairs(prepared, gold.Only(split)))
            {
                if (split == "dev")
                {
                    examples.Add((features.Vector(), same ? 1.0 : 0.0));
                }
                pairs?.Invoke(split, a, b, same, features);
            }
        }
        int positives = examples.Count(e => e.Y > 0);
        progress?.Invoke($"{examples.Count} labelled pairs on dev at most {MaxDayGap} days apart ({positives} of one event)");
        if (positives == 0 || positives == examples.Count)
        {
            throw new InvalidOperationException("The dev labels give no pair of each class among the candidate pairs: nothing to learn from.");
        }

        (double bias, double[] weights) = Fit(examples, positives);
        var fitted = new LinkModel(bias, weights);
        progress?.Invoke("weights: bias " + F(bias) + ", " + string.Join(", ", PairFeatures.Names.Select((n, i) => n + " " + F(weights[i]))));

        LinkModel best = fitted;
        EventScore? bestScore = null;
        foreach (double link in (double[])[0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.96, 0.98])
        {
            foreach (double cluster in Steps(0.2, 0.8, 0.1))
            {
                LinkModel candidate = fitted.WithThresholds(link, cluster);
                EventScore score = EventScorer.Score(dev, prepared.Group(candidate).StoryOf);
                progress?.Invoke($"  link {F(link)}, cluster {F(cluster)}: dev pairwise P {score.PairPrecision:0.000} R {score.PairRecall:0.000}, B-cubed F1 {score.BCubedF1:0.000}");
                if (bestScore is null || Better(score, bestScore))
                {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        progress?.Invoke($"thresholds: link {F(best.LinkThreshold)}, cluster {F(best.ClusterThreshold)}");
        return new LinkTrainingResult(best, examples.Count, positives, bestScore!);
    }

    /// <summary>Every two labelled articles of <paramref name="gold"/> at most <see cref="MaxDayGap"/> days apart, with whether they are one event.</summary>
    private static IEnumerable<(string A, string B, bool Same, PairFeatures Features)> LabelledPairs(PreparedGrouping prepared, EventGold gold)
    {
        var goldOf = gold.EventOf();
        string[] labelled = [.. goldOf.Keys.Order(StringComparer.Ordinal)];
        for (int i = 0; i < labelled.Length; i++)
        {
            for (int j = i + 1; j < labelled.Length; j++)
            {
                if (prepared.Compare(labelled[i], labelled[j]) is { } features && features.DayGap <= MaxDayGap)
                {
                    yield return (labelled[i], labelled[j], goldOf[labelled[i]] == goldOf[labelled[j]], features);
                }
            }
        }
    }

    /// <summary>
    /// The dev precision a grouping must keep: a wrong join puts another event's facts in a story,
    /// which an analyst trusts less than a missed one. Above it, more recall is better; below it,
    /// the better F0.5 (precision weighed twice as much as recall).
    /// </summary>
    public const double TargetPrecision = 0.95;

    private static bool Better(EventScore score, EventScore best)
    {
        bool meets = score.PairPrecision >= TargetPrecision, bestMeets = best.PairPrecision >= TargetPrecision;
        if (meets != bestMeets)
        {
            return meets;
        }
        double value = meets ? score.PairRecall : F(score, 0.5), bestValue = bestMeets ? best.PairRecall : F(best, 0.5);
        return value > bestValue + 1e-9;
    }

    private static double F(EventScore score, double beta)
    {
        double p = score.PairPrecision, r = score.PairRecall, b2 = beta * beta;
        return p + r == 0 ? 0 : (1 + b2) * p * r / ((b2 * p) + r);
    }

    /// <summary>Batch gradient descent on the weighted log loss, with a little L2 on the weights.</summary>
    private static (double Bias, double[] Weights) Fit(List<(double[] X, double Y)> examples, int positives)
    {
        int n = examples.Count, k = examples[0].X.Length;
        double positiveWeight = n / (2.0 * positives), negativeWeight = n / (2.0 * (n - positives));
        var w = new double[k];
        double b = 0;
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            var gw = new double[k];
            double gb = 0;
            foreach (var (x, y) in examples)
            {
                double z = b;
                for (int i = 0; i < k; i++)
                {
                    z += w[i] * x[i];
                }
                double p = 1 / (1 + Math.Exp(-z));
                double weight = y > 0 ? positiveWeight : negativeWeight;
                double error = weight * (p - y);
                gb += error;
                for (int i = 0; i < k; i++)
                {
                    gw[i] += error * x[i];
                }
            }
            b -= LearningRate * gb / n;
            for (int i = 0; i < k; i++)
            {
                w[i] -= LearningRate * ((gw[i] / n) + (L2 * w[i]));
            }
        }
        return (b, w);
    }

    private static IEnumerable<double> Steps(double from, double to, double step)
    {
        for (double v = from; v <= to + 1e-9; v += step)
        {
            yield return Math.Round(v, 4);
        }
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
