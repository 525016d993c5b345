using Marsad.Stories.Duplicates;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Duplicates;

public class DuplicateIndexTests
{
    [Fact]
    public void Add_EditedCopyOfEarlierDocument_ReturnsItsPosition()
    {
        var index = new DuplicateIndex();
        index.Add("عاجل");

        IReadOnlyList<int> first = index.Add(WireCopy.Budget);
        IReadOnlyList<int> unrelated = index.Add(WireCopy.Football);
        IReadOnlyList<int> copy = index.Add(WireCopy.BudgetRepublished);

        Assert.Empty(first);
        Assert.Empty(unrelated);
        Assert.Equal([1], copy);
        Assert.Equal(4, index.Count);
    }

    [Fact]
    public void Add_StoredSignature_MatchesLikeText()
    {
        var index = new DuplicateIndex();
        index.Add(Signatures.Of(WireCopy.Budget), null);

        Assert.Equal([0], index.Add(WireCopy.BudgetRepublished));
    }

    [Fact]
    public void Add_ShortBodies_MatchOnlyWhenIdenticalAndEmptyNever()
    {
        var index = new DuplicateIndex();

        index.Add("عاجل: انفجار في بغداد");
        index.Add("");

        Assert.Empty(index.Add("عاجل: انفجار في البصرة"));
        Assert.Empty(index.Add(""));
        Assert.Equal([0], index.Add("عاجل - انفجار في بغداد"));
    }
}
