using Marsad.Extraction.Entities.Clusters;
using Marsad.Extraction.Entities.Recognition;
using Marsad.Training.Entities.Recognition;
using Marsad.Training.Entities.Tagging;
using Marsad.Training.Tests.Entities.Tagging;

namespace Marsad.Training.Tests.Entities.Recognition;

public sealed class NerTaggerTests
{
    [Fact]
    public void Tag_UnseenNameAfterTitle_TagsPerson()
    {
        NerTagger tagger = Train(TaggerData.Corpus(), 10, 1);

        string[] tags = tagger.Tag(["قال", "الرئيس", "كريم", "فرحات", "إن", "الوضع", "مستقر"]);

        Assert.Equal(["O", "O", "B-PERS", "I-PERS", "O", "O", "O"], tags);
    }

    [Fact]
    public void Tag_UnseenCityAfterMadina_TagsLocation()
    {
        NerTagger tagger = Train(TaggerData.Corpus(), 10, 1);

        string[] tags = tagger.Tag(["وصل", "الوفد", "إلى", "مدينة", "طنطا", "أمس"]);

        Assert.Equal(["O", "O", "O", "O", "B-LOC", "O"], tags);
    }

    [Fact]
    public void Tag_AnyInput_ReturnsValidBio()
    {
        NerTagger tagger = Train(TaggerData.Corpus(), 3, 2);
        string[] scrambled = ["منصور", "إن", "مدينة", "الرئيس", "عباس", "(", "قال", "Obama", "2024"];

        string[] tags = tagger.Tag(scrambled);

        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i].StartsWith("I-", StringComparison.Ordinal))
            {
                Assert.True(i > 0 && tags[i - 1].Length > 2 && tags[i - 1][2..] == tags[i][2..], $"{tags[i]} at {i} after {(i > 0 ? tags[i - 1] : "start")}");
            }
        }
    }

    [Fact]
    public void Tag_EmptySentence_ReturnsNoTags()
    {
        NerTagger tagger = Train(TaggerData.Corpus(), 1, 1);

        Assert.Empty(tagger.Tag([]));
    }

    [Fact]
    public void Train_SameSeed_GivesIdenticalModelBytes()
    {
        byte[] first = Serialize(Train(TaggerData.Corpus(), 5, 7));
        byte[] second = Serialize(Train(TaggerData.Corpus(), 5, 7));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Train_TagCountDiffersFromTokenCount_Throws()
    {
        var bad = new TaggedSentence(["قال", "الرئيس"], ["O"]);

        Assert.Throws<ArgumentException>(() => Train([bad], 1, 1));
    }

    [Fact]
    public void SaveLoad_RoundTrip_GivesIdenticalPredictionsAndBytes()
    {
        NerTagger tagger = Train(TaggerData.Corpus(), 5, 3);
        byte[] saved = Serialize(tagger);

        NerTagger loaded = NerTagger.Load(new MemoryStream(saved), WordClusters.Empty);

        Assert.Equal(saved, Serialize(loaded));
        foreach (TaggedSentence s in TaggerData.Corpus())
        {
            Assert.Equal(tagger.Tag(s.Tokens), loaded.Tag(s.Tokens));
        }

        string[] unseen = ["أكد", "الوزير", "نبيل", "أن", "مدينة", "حمص", "آمنة"];
        Assert.Equal(tagger.Tag(unseen), loaded.Tag(unseen));
    }

    [Fact]
    public void Load_NotAModel_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip))
        {
            writer.Write("something else");
        }

        stream.Position = 0;

        Assert.Throws<InvalidDataException>(() => NerTagger.Load(stream, WordClusters.Empty));
    }

    private static byte[] Serialize(NerTagger tagger)
    {
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }

    private static NerTagger Train(IEnumerable<TaggedSentence> sentences, int epochs, int seed) =>
        NerTaggerTrainer.Train([.. sentences], WordClusters.Empty, Gazetteer.Empty, epochs, seed, "test");
}
