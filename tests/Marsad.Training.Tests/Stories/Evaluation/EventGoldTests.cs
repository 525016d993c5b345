using Marsad.Training.Stories.Evaluation;

namespace Marsad.Training.Tests.Stories.Evaluation;

public sealed class EventGoldTests
{
    private static string Write(string text)
    {
        string path = Path.GetTempFileName();
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Read_AFreshHeldOutSplit_IsKeptApartFromTestAndDev()
    {
        string events = Write("#event_id\tsplit\tkind\tdate\tdescription\tarticle_ids\n" +
            "e1\tdev\tvote\t2018-06-01\ta vote\tA,B\n" +
            "e2\tfresh\tsport\t2018-07-16\ta match\tC,D\n");
        try
        {
            EventGold gold = EventGold.Read([events], []);

            Assert.Equal(["e2"], gold.Only("fresh").Events.Select(e => e.Id));
            Assert.Empty(gold.Only("test").Events);
        }
        finally
        {
            File.Delete(events);
        }
    }

    [Fact]
    public void Read_ASplitOutsideTheKnownOnes_IsAnErrorNamingTheLine()
    {
        string events = Write("#header\ne1\ttrain\tvote\t2018-06-01\ta vote\tA,B\n");
        try
        {
            var error = Assert.Throws<FormatException>(() => EventGold.Read([events], []));

            Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(events);
        }
    }
}
