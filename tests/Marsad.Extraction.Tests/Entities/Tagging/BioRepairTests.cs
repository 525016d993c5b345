using Marsad.Extraction.Entities.Tagging;

namespace Marsad.Extraction.Tests.Entities.Tagging;

public sealed class BioRepairTests
{
    [Theory]
    [InlineData("I-PERS", "B-PERS")]
    [InlineData("O I-LOC", "O B-LOC")]
    [InlineData("B-PERS I-LOC", "B-PERS B-LOC")]
    [InlineData("B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O")]
    [InlineData("I-MISC I-MISC", "B-MISC I-MISC")]
    [InlineData("B-LOC O B-PERS I-PERS", "B-LOC O B-PERS I-PERS")]
    public void Repair_InvalidInside_BecomesBegin(string input, string expected)
    {
        string[] tags = input.Split(' ');

        BioRepair.Repair(tags);

        Assert.Equal(expected.Split(' '), tags);
    }
}
