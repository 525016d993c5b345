using Marsad.Core.Analysis;
using Marsad.Training.Entities.NewsGold;

namespace Marsad.Training.Tests.Entities.NewsGold;

public sealed class NewsGoldSetTests
{
    [Fact]
    public void Label_files_are_told_apart_by_name_and_NONE_is_no_speaker()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "entities-x.tsv"), "# doc\tstart\tend\ttype\tsurface\nd1\t5\t10\tLOC\tبغداد\n");
        File.WriteAllText(Path.Combine(folder.Path, "speakers-x.tsv"), "# header\nd1\t0\t4\tوقال\tNONE\tNONE\t\tمصدر أمني\nd1\t20\t24\tقالت\tالشرطة\tORG\t\t\n");

        NewsGoldSet gold = NewsGoldSet.ReadPaths([folder.Path]);

        Assert.Equal(new GoldMention("d1", 5, 10, EntityType.Location, "بغداد"), Assert.Single(gold.Mentions));
        Assert.Null(gold.Statements[0].Speaker);
        Assert.Equal(("الشرطة", (EntityType?)EntityType.Organization), (gold.Statements[1].Speaker, gold.Statements[1].SpeakerType));
        Assert.Equal(["d1"], gold.Documents);
    }

    [Fact]
    public void A_bad_type_names_the_file_and_line()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "entities-x.tsv");
        File.WriteAllText(path, "# doc\nd1\t5\t10\tPLACE\tبغداد\n");

        var e = Assert.Throws<FormatException>(() => NewsGoldSet.ReadPaths([path]));

        Assert.Contains("entities-x.tsv:2", e.Message, StringComparison.Ordinal);
    }

    [SharedFact("corpus/ant-multisource-2018.jsonl.gz")]
    public void The_committed_labels_read_and_cover_sixty_articles()
    {
        NewsGoldSet gold = NewsGoldSet.ReadPaths([Path.Combine(RepoPaths.Root, "tests", "Marsad.Extraction.Tests", "Data", "ant-gold")]);

        Assert.Equal(60, gold.Documents.Count);
        Assert.True(gold.Mentions.Count > 1400);
        Assert.True(gold.Statements.Count > 450);
    }
}
