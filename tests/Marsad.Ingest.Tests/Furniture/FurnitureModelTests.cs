using Marsad.Ingest.Furniture;
using Marsad.Ingest.Tests.Support;

namespace Marsad.Ingest.Tests.Furniture;

public sealed class FurnitureModelTests
{
    [Fact]
    public void LoadDefault_ShippedModel_IsVersionedAndSmall()
    {
        var model = FurnitureModel.LoadDefault();

        Assert.Equal("v1", model.Version);
        Assert.InRange(model.LineCount, 10, 20_000);
        Assert.InRange(model.PrefixCount, 1, 5_000);
    }

    [Fact]
    public void Clean_JsonTextWithLearnedLine_DropsOnlyThatLine()
    {
        using var model = new StringReader("# marsad-furniture test\nkind\tkey\nline\tحمل تطبيقنا للحصول علي اخر الاخبار\nprefix\tرابط الخبر بصحيفه المثال\n");
        var options = IngestOptions.Default with { Furniture = FurnitureModel.Load(model) };
        var body = string.Join('\n', ArabicSamples.Lead, "حمّل تطبيقنا للحصول على آخر الأخبار!", ArabicSamples.Second, "رابط الخبر بصحيفة المثال: افتتاح سوق جديد للتمور");

        var article = new ArticleCleaner(options).Clean(new RawDocument("x.jsonl#1", RawFormat.Fields, body) { Title = "t" }).Article!;

        Assert.Equal(ArabicSamples.Lead + "\n" + ArabicSamples.Second, article.Text);
    }

    [Fact]
    public void Clean_WithEmptyModel_StillAppliesGeneralRules()
    {
        var options = IngestOptions.Default with { Furniture = FurnitureModel.Empty };
        var body = string.Join('\n', ArabicSamples.Lead, "زر الذهاب إلى الأعلى");

        var article = new ArticleCleaner(options).Clean(new RawDocument("x", RawFormat.Fields, body)).Article!;

        Assert.Equal(ArabicSamples.Lead, article.Text);
    }

    [Fact]
    public void Clean_NewsLeadStartingWithAnImperative_IsKept()
    {
        const string lead = "تابعوا مباشرة على قناتنا تغطية خاصة للانتخابات الرئاسية والتشريعية التي أغلقت صناديق الاقتراع فيها مساء اليوم.";
        var body = string.Join('\n', lead, "تابعونا على فيسبوك وتويتر");

        var article = new ArticleCleaner().Clean(new RawDocument("x", RawFormat.Fields, body) { Title = "تغطية خاصة" }).Article!;

        Assert.Equal(lead, article.Text);
    }
}
