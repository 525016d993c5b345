using Marsad.Extraction.Entities.Tagging;

namespace Marsad.Extraction.Tests.Entities.Tagging;

public sealed class SequenceTaggerTests
{
    [Fact]
    public void Tag_UnseenNameAfterTitle_TagsPerson()
    {
        SequenceTagger tagger = SequenceTagger.Train(TaggerData.Corpus(), epochs: 10, seed: 1);

        string[] tags = tagger.Tag(["قال", "الرئيس", "كريم", "فرحات", "إن", "الوضع", "مستقر"]);

        Assert.Equal(["O", "O", "B-PERS", "I-PERS", "O", "O", "O"], tags);
    }

    [Fact]
    public void Tag_UnseenCityAfterMadina_TagsLocation()
    {
        SequenceTagger tagger = SequenceTagger.Train(TaggerData.Corpus(), epochs: 10, seed: 1);

        string[] tags = tagger.Tag(["وصل", "الوفد", "إلى", "مدينة", "طنطا", "أمس"]);

        Assert.Equal(["O", "O", "O", "O", "B-LOC", "O"], tags);
    }

    [Fact]
    public void Tag_AnyInput_ReturnsValidBio()
    {
        SequenceTagger tagger = SequenceTagger.Train(TaggerData.Corpus(), epochs: 3, seed: 2);
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
        SequenceTagger tagger = SequenceTagger.Train(TaggerData.Corpus(), epochs: 1, seed: 1);

        Assert.Empty(tagger.Tag([]));
    }

    [Fact]
    public void Train_SameSeed_GivesIdenticalModelBytes()
    {
        byte[] first = Serialize(SequenceTagger.Train(TaggerData.Corpus(), epochs: 5, seed: 7));
        byte[] second = Serialize(SequenceTagger.Train(TaggerData.Corpus(), epochs: 5, seed: 7));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Train_TagCountDiffersFromTokenCount_Throws()
    {
        var bad = new TaggedSentence(["قال", "الرئيس"], ["O"]);

        Assert.Throws<ArgumentException>(() => SequenceTagger.Train([bad], epochs: 1, seed: 1));
    }

    [Fact]
    public void SaveLoad_RoundTrip_GivesIdenticalPredictionsAndBytes()
    {
        SequenceTagger tagger = SequenceTagger.Train(TaggerData.Corpus(), epochs: 5, seed: 3);
        byte[] saved = Serialize(tagger);

        SequenceTagger loaded = SequenceTagger.Load(new MemoryStream(saved));

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

        Assert.Throws<InvalidDataException>(() => SequenceTagger.Load(stream));
    }

    private static byte[] Serialize(SequenceTagger tagger)
    {
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }
}
