using Marsad.Core.Digests;

namespace Marsad.Core.Tests.Digests;

public sealed class SentenceTableTests
{
    [Fact]
    public void Indexer_GivesEachSentencesSpanAndItsOwnRunOfStems()
    {
        var table = new SentenceTable([0, 10, 11, 30, 31, 40], [2, 2, 5], [7, 9, 1, 2, 3]);

        Assert.Equal(3, table.Count);
        Assert.Equal((0, 10), (table[0].Start, table[0].End));
        Assert.Equal([7UL, 9], table[0].Stems.ToArray());
        Assert.Empty(table[1].Stems.ToArray());
        Assert.Equal((31, 40), (table[2].Start, table[2].End));
        Assert.Equal([1UL, 2, 3], table[2].Stems.ToArray());
        Assert.Equal([0, 11, 31], table.Select(s => s.Start));
    }

    [Theory]
    [InlineData(new[] { 0, 10 }, new[] { 2, 3 }, 3)]
    [InlineData(new[] { 0, 10 }, new[] { 1 }, 3)]
    [InlineData(new[] { 0, 10, 11, 20 }, new[] { 2, 1 }, 1)]
    public void Constructor_ArraysThatDoNotFit_Throw(int[] spans, int[] stemEnds, int stems)
    {
        Assert.Throws<ArgumentException>(() => new SentenceTable(spans, stemEnds, new ulong[stems]));
    }

    [Fact]
    public void Empty_HasNoSentences()
    {
        Assert.Empty(SentenceTable.Empty);
    }
}
