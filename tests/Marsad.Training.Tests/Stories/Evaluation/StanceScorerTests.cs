using Marsad.Training.Stories.Evaluation;

namespace Marsad.Training.Tests.Stories.Evaluation;

public sealed class StanceScorerTests
{
    private static StancePrediction Read(string gold, string predicted, StanceMatch match = StanceMatch.QuoteFound) =>
        new(new GoldStance("q", "dev", "seed", "a.txt", 0, 1, "", "", "سؤال", gold, ""), predicted, match, "…");

    [Fact]
    public void Score_CountsGoldByRowAndPredictedByColumn_AndKeepsTheWrongOnes()
    {
        StanceScore score = StanceScorer.Score(
        [
            Read("for", "for"), Read("for", "neutral", StanceMatch.NoQuote), Read("against", "for"), Read("sceptical", "sceptical"),
        ]);

        Assert.Equal(4, score.Items);
        Assert.Equal(0.5, score.Accuracy);
        Assert.Equal(3, score.QuotesFound);
        Assert.Equal(1, score.Confusion[0, 0]);
        Assert.Equal(1, score.Confusion[0, 3]);
        Assert.Equal(1, score.Confusion[1, 0]);
        Assert.Equal(2, score.Wrong.Count);
    }

    [Fact]
    public void Read_RejectsAStanceOutsideTheFour()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# header\nq1\tdev\tseed\ta.txt\t0\t5\tabc\tمتحدث\tسؤال\tmaybe\tnote\n");

            var error = Assert.Throws<FormatException>(() => StanceGold.Read(path));

            Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SliceHashes_ChecksTheFirstDigitsOfTheSlicesSha1()
    {
        var item = new GoldStance("q", "dev", "seed", "a.txt", 2, 5, Sha1("قال"), "", "سؤال", "for", "");

        Assert.True(StanceDocuments.SliceHashes("وقالقال", item with { Start = 1, End = 4 }));
        Assert.False(StanceDocuments.SliceHashes("و قال", item with { Start = 0, End = 3 }));
    }

    private static string Sha1(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..10];
}
