using Marsad.Extraction.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Ingest;
using Marsad.Training.Stories.Evaluation;

namespace Marsad.Training.Tests.Stories.Evaluation;

public sealed class StanceEvaluationTests
{
    /// <summary>
    /// The held-out accuracy measured when the reader's rules were last tuned (on dev only), less a
    /// margin: 0.422 (117 of 277) over every label file's test quotes (the first set's 106 read
    /// 0.453; the 171 ANT quotes on six questions the rules never saw read 0.404). A change that
    /// reads the test quotes worse than this fails here.
    /// </summary>
    private const double TestFloor = 0.39;

    [SharedFact("corpus/ant-multisource-2018.jsonl.gz")]
    public void Evaluate_TheLabelledQuotes_ReadsTheHeldOutSplitAtLeastAsWellAsMeasured()
    {
        string folder = Path.Combine(RepoPaths.Root, "tests", "Marsad.Stories.Tests", "Data", "stances");
        var gold = Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal).SelectMany(StanceGold.Read).ToList();
        var reader = new ArticleReader();
        var (documents, problems) = StanceDocuments.Load(
            gold, SharedInput.PathOf("corpus/seeds"), SharedInput.PathOf("corpus/ant-multisource-2018.jsonl.gz"), RepoPaths.Samples, reader);

        var predictions = StanceEvaluation.Predict(gold, documents, reader.Cleaner, new ArticleAnalyzer(EntityRecognizer.LoadShipped(), TimeProvider.System));
        StanceScore test = StanceScorer.Score(predictions.Where(p => p.Gold.Split == "test"));

        Assert.Empty(problems);
        Assert.Equal(gold.Count(g => g.Split == "test"), test.Items);
        Assert.True(test.Accuracy >= TestFloor, $"test accuracy {test.Accuracy:0.000} fell below {TestFloor:0.000}:\n{test}");
    }
}
