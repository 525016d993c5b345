using Marsad.Core.Contract;
using Marsad.Core.Digests;
using Marsad.Core.Documents;
using Marsad.Extraction.Digests;

namespace Marsad.Extraction.Tests.Digests;

public class DigestJsonTests
{
    private const string Text =
        "قال المتحدث باسم البنتاغون باتريك رايدر يوم الأربعاء إن الولايات المتحدة ستسحب نحو 2500 جندي من العراق بحلول نهاية 2025. " +
        "وأسفر انفجار سيارة مفخخة في بغداد أمس عن مقتل 12 شخصا وإصابة 20 آخرين. " +
        "وقال رئيس الوزراء العراقي محمد شياع السوداني: «لا مبرر لبقاء القوات الأجنبية».";

    private static DocumentDigest Digest() => DigestBuilder.Build(Support.Shipped.Analyzer.Analyze(new Article(
        "a", "a", "البنتاغون: انسحاب القوات من العراق", Text, null, "وكالة",
        PublicationTime.FromDate(new DateOnly(2024, 3, 6)), null)));

    [Fact]
    public void Read_OfWrite_GivesBackTheSameDigest()
    {
        DocumentDigest digest = Digest();
        string json = DigestJson.Write(digest);

        DocumentDigest back = DigestJson.Read(json, Text)!;

        Assert.Equal(json, DigestJson.Write(back));
        Assert.Equal(digest.Body.MinHash, back.Body.MinHash);
        Assert.Equal(digest.Words.Terms, back.Words.Terms);
        Assert.Equal(digest.Words.Counts, back.Words.Counts);
        Assert.Equal(digest.Sentences.Select(x => (x.Start, x.End, string.Join(',', x.Stems.ToArray()))), back.Sentences.Select(x => (x.Start, x.End, string.Join(',', x.Stems.ToArray()))));
        Assert.Equal(digest.Events.Select(e => (e.Start, e.End, e.Kind, e.Date)), back.Events.Select(e => (e.Start, e.End, e.Kind, e.Date)));
        Assert.Equal(digest.Counts.Select(c => (c.Fact, c.Value, c.AsOf, c.Subject)), back.Counts.Select(c => (c.Fact, c.Value, c.AsOf, c.Subject)));
        Assert.Equal(digest.Entities.Select(e => (e.Name, e.Type)), back.Entities.Select(e => (e.Name, e.Type)));
        Assert.Equal(digest.Mentions.Select(m => (m.Start, m.End, m.Entity)), back.Mentions.Select(m => (m.Start, m.End, m.Entity)));
        Assert.Same(Text, back.Article.Text);
        Assert.Null(back.Analysis);
    }

    [Fact]
    public void Write_KeepsTheBodyTextOut()
    {
        DocumentDigest digest = Digest();

        string json = DigestJson.Write(digest);

        Assert.DoesNotContain("ستسحب نحو 2500 جندي", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OfAnotherVersion_IsNoDigest()
    {
        string json = DigestJson.Write(Digest()).Replace($"\"v\":{DocumentDigest.Version}", "\"v\":999", StringComparison.Ordinal);

        Assert.Null(DigestJson.Read(json, Text));
    }

    [Fact]
    public void Read_OfSomethingElse_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => DigestJson.Read("{\"n\":1}", Text));
    }
}
