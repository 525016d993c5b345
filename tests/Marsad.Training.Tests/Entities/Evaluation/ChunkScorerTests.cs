using Marsad.Training.Entities.Conll;
using Marsad.Training.Entities.Evaluation;

namespace Marsad.Training.Tests.Entities.Evaluation;

public sealed class ChunkScorerTests
{
    // One sentence from parallel "GOLD PREDICTED" pairs, e.g. Sentence("B-LOC B-LOC", "O O").
    private static ConllSentence Sentence(string gold, string predicted)
    {
        string[] g = gold.Split(' ');
        string[] p = predicted.Split(' ');
        Assert.Equal(g.Length, p.Length);
        return new ConllSentence([.. g.Select((tag, i) => new ConllToken($"w{i}", tag, p[i]))]);
    }

    private static ScoreReport Score(string gold, string predicted, IEnumerable<string>? types = null) =>
        ChunkScorer.Score([Sentence(gold, predicted)], types);

    [Fact]
    public void Score_PerfectMatch_AllScoresOne()
    {
        var report = Score("B-PERS I-PERS O B-LOC", "B-PERS I-PERS O B-LOC");

        Assert.Equal(new ChunkScore(2, 2, 2), report.Overall);
        Assert.Equal(1.0, report.Overall.F1);
        Assert.Equal(1.0, report.Accuracy);
    }

    [Fact]
    public void Score_BoundaryError_CountsAsFalsePositiveAndFalseNegative()
    {
        var report = Score("B-ORG I-ORG I-ORG O", "B-ORG I-ORG O O");

        Assert.Equal(new ChunkScore(1, 1, 0), report.Overall);
        Assert.Equal(0.0, report.Overall.Precision);
        Assert.Equal(0.0, report.Overall.Recall);
        Assert.Equal(0.0, report.Overall.F1);
        Assert.Equal(0.75, report.Accuracy);
    }

    [Fact]
    public void Score_TypeError_IsNotCorrect()
    {
        var report = Score("B-PERS O", "B-ORG O");

        Assert.Equal(new ChunkScore(1, 1, 0), report.Overall);
        Assert.Equal(new ChunkScore(1, 0, 0), report.ByType["PERS"]);
        Assert.Equal(new ChunkScore(0, 1, 0), report.ByType["ORG"]);
    }

    [Fact]
    public void Score_IAfterO_StartsAChunk()
    {
        // conlleval reads a stray I-LOC as the start of a LOC chunk, so it matches B-LOC.
        var report = Score("O B-LOC I-LOC", "O I-LOC I-LOC");

        Assert.Equal(new ChunkScore(1, 1, 1), report.Overall);
        Assert.Equal(2.0 / 3, report.Accuracy, 10);
    }

    [Fact]
    public void Score_IAtSentenceStart_StartsAChunk()
    {
        var report = Score("B-LOC", "I-LOC");

        Assert.Equal(new ChunkScore(1, 1, 1), report.Overall);
    }

    [Fact]
    public void Score_AdjacentBeginTags_AreTwoChunks()
    {
        var report = Score("B-LOC B-LOC", "B-LOC I-LOC");

        Assert.Equal(new ChunkScore(2, 1, 0), report.Overall);
    }

    [Fact]
    public void Score_IOfOtherTypeAfterB_StartsNewChunk()
    {
        var report = Score("B-PERS B-LOC", "B-PERS I-LOC");

        Assert.Equal(new ChunkScore(2, 2, 2), report.Overall);
    }

    [Fact]
    public void Score_ChunksDoNotCrossSentences()
    {
        var report = ChunkScorer.Score([Sentence("B-ORG", "B-ORG"), Sentence("I-ORG", "I-ORG")]);

        Assert.Equal(new ChunkScore(2, 2, 2), report.Overall);
        Assert.Equal(2, report.Sentences);
    }

    [Fact]
    public void Score_MixedCase_MicroAveragesOverTypes()
    {
        // Gold: PERS(0-1), LOC(3), ORG(5-6). Predicted: PERS(0-1) right, LOC(3) right, ORG(5) too short, MISC(8) spurious.
        var report = Score(
            "B-PERS I-PERS O B-LOC O B-ORG I-ORG O O",
            "B-PERS I-PERS O B-LOC O B-ORG O O B-MISC");

        Assert.Equal(new ChunkScore(3, 4, 2), report.Overall);
        Assert.Equal(0.5, report.Overall.Precision);
        Assert.Equal(2.0 / 3, report.Overall.Recall, 10);
        Assert.Equal(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), report.Overall.F1, 10);
    }

    [Fact]
    public void Score_EmptyInput_ZeroesWithoutDividingByZero()
    {
        var report = ChunkScorer.Score([]);

        Assert.Equal(new ChunkScore(0, 0, 0), report.Overall);
        Assert.Equal(0, report.Tokens);
        Assert.Equal(0.0, report.Accuracy);
        Assert.Equal(0.0, report.Overall.F1);
        Assert.Empty(report.ByType);
    }

    [Fact]
    public void Score_RestrictedTypes_IgnoresOtherTypes()
    {
        var report = Score("B-PERS O B-MISC I-MISC", "B-PERS O O B-MISC", ["PERS", "LOC", "ORG"]);

        Assert.Equal(new ChunkScore(1, 1, 1), report.Overall);
        Assert.False(report.ByType.ContainsKey("MISC"));
        Assert.Equal(1.0, report.Accuracy);
    }

    [Fact]
    public void Score_RestrictedTypes_PredictedExcludedTypeIsAMiss()
    {
        var report = Score("B-PERS", "B-MISC", ["PERS"]);

        Assert.Equal(new ChunkScore(1, 0, 0), report.Overall);
    }

    [Fact]
    public void Score_TokenWithoutPrediction_Throws()
    {
        ConllSentence sentence = new([new ConllToken("w", "O")]);

        Assert.Throws<ArgumentException>(() => ChunkScorer.Score([sentence]));
    }

    [Fact]
    public void ToString_PrintsConllevalTable()
    {
        var report = Score("B-PERS I-PERS O B-LOC", "B-PERS I-PERS O B-ORG");

        string expected =
            "processed 4 tokens with 2 phrases; found: 2 phrases; correct: 1.\n" +
            "accuracy:  75.00%; precision:  50.00%; recall:  50.00%; FB1:  50.00\n" +
            "              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0\n" +
            "              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  1\n" +
            "             PERS: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n";
        Assert.Equal(expected, report.ToString());
    }
}
