using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Entities.Names;

namespace Marsad.Training.Tests.Entities.Names;

public sealed class MinedNameFileTests
{
    [Fact]
    public void Written_names_read_back_as_keys_and_head_kinds()
    {
        var writer = new StringWriter();
        MinedNameFile.Write(writer, [new MinedName("قاعده عين اسد", Gazetteer.PlaceHead, 7, 3, "قاعدة عين الأسد"), new MinedName("حشد شعبي", Gazetteer.OrganisationHead, 5, 2, "الحشد الشعبي")], ["made by a test"]);

        var read = MinedNameFile.Read(new StringReader(writer.ToString()), "names.tsv").ToList();

        Assert.Equal([("قاعده عين اسد", Gazetteer.PlaceHead), ("حشد شعبي", Gazetteer.OrganisationHead)], read);
    }

    [Fact]
    public void A_line_with_an_unknown_head_names_the_file_and_line()
    {
        var e = Assert.Throws<FormatException>(() => MinedNameFile.Read(new StringReader("# head\n" + "PER\t5\t2\tx\tx y\n"), "names.tsv").ToList());

        Assert.Contains("names.tsv:2", e.Message, StringComparison.Ordinal);
    }
}
