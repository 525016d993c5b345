using System.Text;
using Marsad.Ingest.Tests.Support;

namespace Marsad.Ingest.Tests.Html;

public sealed class HtmlReadingTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Page(string head, string body) =>
        $"<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>";

    private const string Navigation =
        "<header><nav><ul><li><a href=\"/\">الرئيسية</a></li><li><a href=\"/news\">أخبار</a></li><li><a href=\"/sport\">رياضة</a></li></ul></nav></header>";

    private const string Footer = "<footer><p>جميع الحقوق محفوظة لموقع المثال الإخباري 2024</p></footer>";

    [Fact]
    public void Read_NewsPage_TakesMetadataFromOpenGraphAndArticleTags()
    {
        var head =
            "<title>خطة حكومية جديدة لدعم المزارعين في الجنوب - العربية</title>" +
            "<meta property=\"og:site_name\" content=\"العربية\">" +
            "<meta property=\"article:published_time\" content=\"2024-01-13T01:30:00+03:00\">" +
            "<meta name=\"author\" content=\"سارة علي\">" +
            "<link rel=\"canonical\" href=\"https://www.alarabiya.net/ar/2024/01/13/plan\">";
        var body = Navigation +
            $"<main><article><h1>{ArabicSamples.Title}</h1><p>{ArabicSamples.Lead}</p>" +
            "<div class=\"related\"><h3>اقرأ أيضا</h3><ul><li><a href=\"/a\">ارتفاع أسعار الخضار في الأسواق</a></li></ul></div>" +
            $"<p>{ArabicSamples.Second}</p><p>{ArabicSamples.Third}</p></article>" +
            "<aside><p>الأكثر قراءة اليوم في الموقع وأخبار أخرى كثيرة لا علاقة لها بالمقال نفسه أبدا</p></aside></main>" + Footer;
        var path = folder.Write("page.html", Page(head, body));

        var article = Inputs.Single(path);

        Assert.Equal(ArabicSamples.Title, article.Title);
        Assert.Equal("سارة علي", article.Author);
        Assert.Equal("العربية", article.Outlet);
        Assert.Equal("https://www.alarabiya.net/ar/2024/01/13/plan", article.Url);
        Assert.Equal(article.Url, article.Id);
        Assert.Equal(new DateOnly(2024, 1, 13), article.Published!.Value.Date);
        Assert.Equal(string.Join('\n', ArabicSamples.Lead, ArabicSamples.Second, ArabicSamples.Third), article.Text);
    }

    [Fact]
    public void Read_BylineParagraphAtTheTopOfTheArticle_IsAuthorNotText()
    {
        var body = $"<article><h1>{ArabicSamples.Title}</h1><p class=\"byline\">بقلم كريم الجبوري</p><p>{ArabicSamples.Lead}</p><p>{ArabicSamples.Second}</p></article>";
        var path = folder.Write("byline.html", Page("<title>عنوان</title>", body));

        var article = Inputs.Single(path);

        Assert.Equal("كريم الجبوري", article.Author);
        Assert.StartsWith(ArabicSamples.Lead, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PageWithJsonLdOnly_TakesHeadlineAuthorDateAndPublisher()
    {
        var jsonLd = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"}," +
            "{\"@type\":\"NewsArticle\",\"headline\":\"" + ArabicSamples.Title + "\",\"author\":[{\"@type\":\"Person\",\"name\":\"محمد حسن\"}]," +
            "\"datePublished\":\"2023-10-07T09:00:00+03:00\",\"publisher\":{\"name\":\"الشرق الأوسط\"},\"url\":\"https://aawsat.com/node/1\"}]}</script>";
        var body = $"<div class=\"article-body\"><p>{ArabicSamples.Lead}</p><p>{ArabicSamples.Second}</p></div>";
        var path = folder.Write("page.htm", Page(jsonLd, body));

        var article = Inputs.Single(path);

        Assert.Equal(ArabicSamples.Title, article.Title);
        Assert.Equal("محمد حسن", article.Author);
        Assert.Equal("الشرق الأوسط", article.Outlet);
        Assert.Equal(new DateOnly(2023, 10, 7), article.Published!.Value.Date);
    }

    [Fact]
    public void Read_PageWithTimeElement_TakesItsDate()
    {
        var body = $"<article><h1>{ArabicSamples.Title}</h1><time datetime=\"2022-05-09\">9 مايو 2022</time><p>{ArabicSamples.Lead}</p></article>";
        var path = folder.Write("page.html", Page("", body));

        Assert.Equal(new DateOnly(2022, 5, 9), Inputs.Single(path).Published!.Value.Date);
    }

    [Fact]
    public void Read_PageWithoutArticle_ReportsNoArticleText()
    {
        var path = folder.Write("menu.html", Page("<title>الرئيسية</title>", Navigation + Footer));

        var problem = Inputs.SingleProblem(path);

        Assert.Equal("no article text found in HTML", problem.Reason);
    }

    [Fact]
    public void Read_MalformedHtml_StillYieldsTheText()
    {
        var path = folder.Write("broken.html", $"<html><body><div><p>{ArabicSamples.Lead}<p>{ArabicSamples.Second}</div></span><table><tr><td>");

        var article = Inputs.Single(path);

        Assert.Contains(ArabicSamples.Second, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PageDeclaringWindows1256_IsDecodedWithIt()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><title>{ArabicSamples.Title}</title></head><body><p>{ArabicSamples.Lead}</p></body></html>";
        var path = folder.WriteBytes("old.html", Encoding.GetEncoding(1256).GetBytes(html));

        var article = Inputs.Single(path);

        Assert.Equal(ArabicSamples.Title, article.Title);
        Assert.Equal(ArabicSamples.Lead, article.Text);
    }
}
