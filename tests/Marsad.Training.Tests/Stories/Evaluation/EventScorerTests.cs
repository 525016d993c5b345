using Marsad.Training.Stories.Evaluation;

namespace Marsad.Training.Tests.Stories.Evaluation;

public sealed class EventScorerTests
{
    /// <summary>Two events of three and two articles, and a near miss between them.</summary>
    private static readonly EventGold Gold = new(
        [new GoldEvent("e1", "dev", "attack", "2018-05-01", "a bombing", ["a1", "a2", "a3"]), new GoldEvent("e2", "dev", "attack", "2018-05-01", "another", ["b1", "b2"])],
        [new NearMiss("n1", "dev", "attack", "2018-05-01", "a1", "b1")]);

    [Fact]
    public void Score_PerfectStories_AreOneEverywhere()
    {
        var storyOf = new Dictionary<string, string> { ["a1"] = "s1", ["a2"] = "s1", ["a3"] = "s1", ["b1"] = "s2", ["b2"] = "s2" };

        EventScore score = EventScorer.Score(Gold, storyOf);

        Assert.Equal((1.0, 1.0, 1.0), (score.PairPrecision, score.PairRecall, score.BCubedF1));
        Assert.Equal(0, score.NearMissesJoined);
    }

    [Fact]
    public void Score_OneStoryOfEverything_CountsTheWrongPairsAndTheJoinedNearMiss()
    {
        var storyOf = new[] { "a1", "a2", "a3", "b1", "b2" }.ToDictionary(d => d, _ => "s1");

        EventScore score = EventScorer.Score(Gold, storyOf);

        // 10 pairs joined: 3 + 1 right, 6 across the two events.
        Assert.Equal((4, 6, 0), (score.TruePairs, score.FalsePairs, score.MissedPairs));
        Assert.Equal(0.4, score.PairPrecision, 6);
        Assert.Equal(1.0, score.PairRecall, 6);
        Assert.Equal(1, score.NearMissesJoined);
    }

    [Fact]
    public void Score_EveryArticleAlone_MissesEveryPair()
    {
        var storyOf = new[] { "a1", "a2", "a3", "b1", "b2" }.ToDictionary(d => d, d => "s-" + d);

        EventScore score = EventScorer.Score(Gold, storyOf);

        Assert.Equal((0, 0, 4), (score.TruePairs, score.FalsePairs, score.MissedPairs));
        Assert.Equal(1.0, score.BCubedPrecision, 6);
    }
}
