using System.Text;
using Marsad.Extraction.Entities.Clusters;
using Marsad.Training.Entities.Clusters;

namespace Marsad.Training.Tests.Entities.Clusters;

public sealed class ClusterTrainerTests
{
    [Fact]
    public void Train_WordsInTheSameContexts_ShareALongerPrefixThanWordsInOthers()
    {
        var texts = new List<string>();
        string[] cities = ["بغداد", "دمشق", "القاهرة", "بيروت"];
        string[] verbs = ["يكتب", "يقرأ", "يدرس", "يعمل"];
        var random = new Random(3);
        for (int i = 0; i < 400; i++)
        {
            texts.Add($"وصل الوفد إلى {cities[random.Next(4)]} أمس قادما من {cities[random.Next(4)]} صباحا");
            texts.Add($"كان الطالب {verbs[random.Next(4)]} كثيرا ثم {verbs[random.Next(4)]} قليلا");
        }

        using var output = new MemoryStream();
        ClusterTrainer.Train(texts, output, ["test"], ClusterTrainingOptions.Default with { Dimensions = 8, Contexts = 50, MinCount = 2, Depth = 8 });
        output.Position = 0;
        WordClusters clusters = WordClusters.Load(output);

        string? baghdad = clusters.PathOf("بغداد"), damascus = clusters.PathOf("دمشق"), writes = clusters.PathOf("يكتب");
        Assert.NotNull(baghdad);
        Assert.NotNull(damascus);
        Assert.NotNull(writes);
        Assert.True(Common(baghdad, damascus) > Common(baghdad, writes), $"{baghdad} {damascus} {writes}");
        Assert.Equal(3, clusters.FlatOf("بغداد")?.Length);
    }

    [Fact]
    public void Load_FourthColumn_ReadsFlatClusters_AndOlderFilesHaveNone()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("# header\n0101\tبغداد\t30000\t3,17,200\n0110\tدمشق\t20000\n"));
        }

        stream.Position = 0;
        WordClusters clusters = WordClusters.Load(stream);

        Assert.Equal([3, 17, 200], clusters.FlatOf("بغداد") ?? []);
        Assert.Equal("30000", clusters.CuesOf("بغداد"));
        Assert.Null(clusters.FlatOf("دمشق"));
        Assert.Equal("20000", clusters.CuesOf("دمشق"));
    }

    [Fact]
    public void Load_HeaderAndRows_ReadsPathsByWord()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("# header\n0101\tبغداد\n0110\tدمشق\n"));
        }

        stream.Position = 0;
        WordClusters clusters = WordClusters.Load(stream);

        Assert.Equal("0101", clusters.PathOf("بغداد"));
        Assert.Null(clusters.PathOf("header"));
        Assert.Equal(2, clusters.Count);
    }

    private static int Common(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
