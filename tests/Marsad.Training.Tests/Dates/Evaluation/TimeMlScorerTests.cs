using Marsad.Training.Dates.Evaluation;

namespace Marsad.Training.Tests.Dates.Evaluation;

public sealed class TimeMlScorerTests
{
    private static TimeMlDocument Document(string xmlBody) =>
        TimeMlReader.Parse("doc.tml", $"<?xml version=\"1.0\"?>\n<TimeML>{xmlBody}</TimeML>");

    [Fact]
    public void Score_ExactValueOnOverlappingSpan_CountsAsFound()
    {
        TimeMlDocument document = Document(
            "وقع في <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-09-11\">11 سبتمبر 2001</TIMEX3> ثم في " +
            "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1999\">العام 1998</TIMEX3> وأمس");

        TimeMlScore score = TimeMlScorer.Score([document]);

        Assert.Equal(new TimeMlShare(2, 1), score.YearNamed);
        Assert.Equal(new TimeMlShare(2, 1), score.Calendar);
        Assert.Equal(3, score.Predicted);
        Assert.Equal(1, score.PredictedOutsideGold);
        TimeMlMiss miss = Assert.Single(score.Misses);
        Assert.Equal("1998", miss.FoundValue);
    }

    [Fact]
    public void Score_PublishedDate_ResolvesRelativeGold()
    {
        TimeMlDocument document = Document("قال <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2015-12-23\">أمس</TIMEX3> إن");

        Assert.Equal(0, TimeMlScorer.Score([document]).Calendar.Found);
        Assert.Equal(1, TimeMlScorer.Score([document], new DateOnly(2015, 12, 24)).Calendar.Found);
    }

    [SharedFact("data/timeml-ar")]
    public void Score_SharedTimeMlCorpus_FindsMostYearNamedDates()
    {
        TimeMlScore score = TimeMlScorer.Score(TimeMlReader.ReadFolder(SharedInput.PathOf("data/timeml-ar")));

        Assert.True(score.YearNamed.Gold >= 20, $"only {score.YearNamed.Gold} year-named gold dates read");
        Assert.True(score.YearNamed.Share >= 0.9, score.ToString());
    }
}
