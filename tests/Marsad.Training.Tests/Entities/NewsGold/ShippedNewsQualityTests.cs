using Marsad.Extraction.Analysis;
using Marsad.Extraction.Entities;
using Marsad.Training.Entities.NewsGold;

namespace Marsad.Training.Tests.Entities.NewsGold;

/// <summary>
/// The shipped analysis on the held-out half of the hand-labelled ANT articles (files c and d),
/// guarded below its measured figures (entity F1 0.776, speakers right for 0.802 of the statements
/// found, 0.627 of statements found, 0.881 of quotes labelled statements) so that a change that
/// loses names or speakers on real news, or finds quotes where there are none, fails.
/// </summary>
public sealed class ShippedNewsQualityTests
{
    [SharedFact("corpus/ant-multisource-2018.jsonl.gz")]
    public void The_shipped_analysis_keeps_its_names_and_speakers_on_held_out_news()
    {
        string folder = Path.Combine(RepoPaths.Root, "tests", "Marsad.Extraction.Tests", "Data", "ant-gold");
        NewsGoldSet gold = NewsGoldSet.ReadPaths([.. Directory.GetFiles(folder, "*-c.tsv"), .. Directory.GetFiles(folder, "*-d.tsv")]);
        var analyzer = new ArticleAnalyzer(EntityRecognizer.LoadShipped(), TimeProvider.System);

        NewsScore score = NewsScorer.Score(gold, NewsAnalyses.Of(gold, [SharedInput.PathOf("corpus/ant-multisource-2018.jsonl.gz")], analyzer));

        Assert.Equal(20, gold.Documents.Count);
        Assert.True(score.All.F1 >= 0.75, $"entity F1 {score.All.F1:0.000}");
        Assert.True(score.StatementRecall >= 0.61, $"statements found {score.StatementRecall:0.000}");
        Assert.True(score.SpeakerAccuracy >= 0.75, $"speakers right {score.SpeakerAccuracy:0.000}");
        Assert.True(score.QuotePrecision >= 0.83, $"quotes that are statements {score.QuotePrecision:0.000}");
    }
}
