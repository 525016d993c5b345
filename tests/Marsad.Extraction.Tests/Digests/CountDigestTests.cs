using Marsad.Core.Documents;
using Marsad.Extraction.Digests;

namespace Marsad.Extraction.Tests.Digests;

/// <summary>The counts a digest keeps for the stories to compare are counts of people and things, never a distance or a weight.</summary>
public class CountDigestTests
{
    private static IReadOnlyList<Marsad.Core.Digests.CountDigest> Counts(string text) =>
        DigestBuilder.Build(Support.Shipped.Analyzer.Analyze(new Article("a", "a", null, text, null, null, null, "2018-04-14"))).Counts;

    [Fact]
    public void AMissilesRangeInKlm_IsNoCountOfInjured()
    {
        // "كلم" is how many outlets write km; "دقة إصابة" is a hit's accuracy, not people hurt.
        var counts = Counts("وأطلقت فرنسا 12 صاروخا من طراز إم دي سي إن الموجهة، والتي يبلغ مداها 1000 كلم، بدقة إصابة تبلغ مترا واحدا.");

        Assert.DoesNotContain(counts, c => c.Value == 1000);
    }

    [Fact]
    public void ThreeCiviliansInjured_IsACountOfInjured()
    {
        var counts = Counts("وأضافت أن ثلاثة مدنيين أصيبوا في القصف دون ذكر المزيد من التفاصيل.");

        Assert.Contains(counts, c => c.Value == 3 && c.Fact == "injured");
    }
}
