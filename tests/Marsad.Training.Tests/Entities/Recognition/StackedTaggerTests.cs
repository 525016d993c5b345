using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Entities.Recognition;
using Marsad.Training.Tests.Entities.Tagging;

namespace Marsad.Training.Tests.Entities.Recognition;

public sealed class StackedTaggerTests
{
    [Fact]
    public void SaveLoad_RoundTrip_GivesIdenticalTags()
    {
        StackedTagger tagger = StackedTaggerTrainer.Train([.. TaggerData.Corpus()], WordClusters.Empty, Gazetteer.Empty, 5, 3, "ner-test: test");
        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;

        StackedTagger loaded = StackedTagger.Load(stream, WordClusters.Empty);

        IReadOnlyList<string>[] document = [["أكد", "الوزير", "نبيل", "أن", "مدينة", "حمص", "آمنة"], ["قال", "الرئيس", "نبيل", "إن", "الوضع", "مستقر"]];
        Assert.Equal(tagger.Tag(document), loaded.Tag(document));
        Assert.Equal("ner-test: test", loaded.Description);
    }

    [Fact]
    public void SaveLoad_WithMinedNames_KeepsThemAndTheirTags()
    {
        var gazetteer = Gazetteer.Empty.WithMined([(Gazetteer.KeyOf(["مدينة", "حمص"]), Gazetteer.PlaceHead)]);
        StackedTagger tagger = StackedTaggerTrainer.Train([.. TaggerData.Corpus()], WordClusters.Empty, gazetteer, 5, 3, "ner-test: mined");
        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;

        StackedTagger loaded = StackedTagger.Load(stream, WordClusters.Empty);

        Assert.Equal(gazetteer.Mined, loaded.First.Model.Gazetteer.Mined);
        IReadOnlyList<string>[] document = [["أكد", "الوزير", "نبيل", "أن", "مدينة", "حمص", "آمنة"]];
        Assert.Equal(tagger.Tag(document), loaded.Tag(document));
    }

    [Fact]
    public void Tag_UnseenNameAfterTitle_TagsPerson()
    {
        StackedTagger tagger = StackedTaggerTrainer.Train([.. TaggerData.Corpus()], WordClusters.Empty, Gazetteer.Empty, 10, 1, "test");

        string[][] tags = tagger.Tag([["قال", "الرئيس", "كريم", "فرحات", "إن", "الوضع", "مستقر"]]);

        Assert.Equal(["O", "O", "B-PERS", "I-PERS", "O", "O", "O"], tags[0]);
    }

    [Fact]
    public void Load_NotAModel_ThrowsInvalidData()
    {
        using var stream = new MemoryStream([1, 2, 3]);

        Assert.Throws<InvalidDataException>(() => StackedTagger.Load(stream, WordClusters.Empty));
    }
}
