using Marsad.Stories.Duplicates;
using Marsad.Core.Digests;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Duplicates;

public class MinHashSignatureTests
{
    [Fact]
    public void Of_SameText_SameSignatureOfFixedLength()
    {
        uint[] first = Signatures.Of(WireCopy.Budget);
        uint[] second = Signatures.Of(WireCopy.Budget);

        Assert.Equal(MinHashSignature.Length, first.Length);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Of_TooFewShingles_Empty()
    {
        Assert.Empty(Signatures.Of("عاجل: انفجار في بغداد"));
        Assert.Empty(Signatures.Of(""));
        Assert.Empty(Signatures.Of(null));
    }

    [Fact]
    public void Similarity_EditedCopyHighUnrelatedLow()
    {
        uint[] original = Signatures.Of(WireCopy.Budget);

        double copy = MinHashSignature.Similarity(original, Signatures.Of(WireCopy.BudgetRepublished));
        double other = MinHashSignature.Similarity(original, Signatures.Of(WireCopy.RocketsAgency + " " + WireCopy.Drone));

        Assert.InRange(copy, DuplicateFinder.Threshold, 1.0);
        Assert.InRange(other, 0.0, 0.1);
    }

    [Fact]
    public void Similarity_DiacriticsAndHamzaSpellings_Ignored()
    {
        string folded = WireCopy.Budget.Replace("أ", "ا", StringComparison.Ordinal).Replace("ة", "ه", StringComparison.Ordinal);

        Assert.Equal(1.0, MinHashSignature.Similarity(Signatures.Of(WireCopy.Budget), Signatures.Of(folded)));
    }

    [Fact]
    public void Similarity_EmptySignature_Zero()
    {
        Assert.Equal(0.0, MinHashSignature.Similarity([], Signatures.Of(WireCopy.Budget)));
    }
}
