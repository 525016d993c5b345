using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;

namespace Marsad.Extraction.Tests.Entities.Recognition;

public sealed class GazetteerTests
{
    [Fact]
    public void Mark_MultiwordNameWithClitic_MarksEveryTokenWithTheMatchLength()
    {
        var gazetteer = new Gazetteer(["الولايات المتحدة", "بغداد"]);
        string[] bases = [.. new[] { "وصل", "إلى", "والولايات", "المتحدة", "أمس" }.Select(w => WordForms.Of(w).Base)];
        var marks = new byte[bases.Length];

        gazetteer.Mark(bases, marks);

        Assert.Equal(new byte[] { 0, 0, 5, 4, 0 }, marks);
    }

    [Fact]
    public void Mark_MinedName_MarksTheHighBitsWithoutChangingPlaceMarks()
    {
        var gazetteer = new Gazetteer(["الولايات المتحدة"]).WithMined([(Gazetteer.KeyOf(["قاعدة", "عين", "الأسد"]), Gazetteer.PlaceHead)]);
        string[] bases = [.. new[] { "قصف", "لقاعدة", "عين", "الأسد", "والولايات", "المتحدة" }.Select(w => WordForms.Of(w).Base)];
        var marks = new byte[bases.Length];

        gazetteer.Mark(bases, marks);

        int start = Gazetteer.MinedCode(3, true, Gazetteer.PlaceHead), inside = Gazetteer.MinedCode(3, false, Gazetteer.PlaceHead);
        Assert.Equal(new byte[] { 0, (byte)(start << 4), (byte)(inside << 4), (byte)(inside << 4), 5, 4 }, marks);
    }

    [Fact]
    public void WithMined_SingleWordsAreNoNames()
    {
        var gazetteer = new Gazetteer([]).WithMined([("حشد", Gazetteer.OrganisationHead), (Gazetteer.KeyOf(["الحشد", "الشعبي"]), Gazetteer.OrganisationHead)]);

        Assert.Equal([(Gazetteer.KeyOf(["الحشد", "الشعبي"]), Gazetteer.OrganisationHead)], gazetteer.Mined);
    }
}
