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
}
