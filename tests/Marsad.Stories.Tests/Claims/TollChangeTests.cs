using Marsad.Core.Stories;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Claims;

/// <summary>
/// What is not one count is not compared: a toll only grows (a later, lower figure in one story is
/// another count, never a change), a running total is not one day's count, and "عشرات" is an order
/// of magnitude no figure contradicts.
/// </summary>
public class TollChangeTests
{
    private static StoryAnalysis Build(params Core.Documents.Article[] articles) =>
        new StoryBuilder(StoryOptions.Default).Build([.. articles.Select(Articles.Analyze)]);

    [Fact]
    public void ALaterLowerFigure_IsNoChange()
    {
        var story = Build(
            Articles.Make("week", "ارتفعت حصيلة قتلى الفيضانات في ولاية كيرالا الهندية إلى 320 قتيلا، بحسب سلطات الولاية، فيما نزح مئات الآلاف من منازلهم. " +
                "وتواصل فرق الإنقاذ البحث عن مفقودين في القرى التي غمرتها المياه.", "وكالة الشرق", "2025-08-18T09:00:00+03:00", "320 قتيلا في فيضانات كيرالا الهندية"),
            Articles.Make("day", "قتل 12 شخصا في فيضانات ولاية كيرالا الهندية خلال الساعات الأربع والعشرين الماضية، بحسب سلطات الولاية، مع استمرار الأمطار الغزيرة. " +
                "وتواصل فرق الإنقاذ البحث عن مفقودين في القرى التي غمرتها المياه.", "قناة النهار", "2025-08-19T10:00:00+03:00", "فيضانات كيرالا الهندية تقتل 12 آخرين"));

        Assert.Equal(story.StoryOf["week"], story.StoryOf["day"]);
        Assert.DoesNotContain(story.Conflicts, c => c.Kind == "change" && c.Claims.Any(claim => claim.Value is 12d));
    }

    [Theory]
    [InlineData("أصيب نحو 12 ألف فلسطيني منذ 30 مارس في احتجاجات حدود غزة", true)]
    [InlineData("ارتفع العدد الإجمالي للقتلى إلى 120", true)]
    [InlineData("قتل 55 فلسطينيا حتى الآن", true)]
    [InlineData("قتل 40 فلسطينيا منذ صباح اليوم على حدود القطاع", false)]
    [InlineData("قتل 3 فلسطينيين برصاص الجيش الإسرائيلي شرق خان يونس", false)]
    public void ARunningTotal_IsToldFromOneDaysCount(string sentence, bool running)
    {
        Assert.Equal(running, Marsad.Stories.Claims.RunningTotal.Says(sentence, 0, sentence.Length));
    }

    [Fact]
    public void AVagueCount_IsComparedWithNothing()
    {
        var story = Build(
            Articles.Make("vague", "قتل عشرات الأشخاص في انفجار سيارة مفخخة في سوق بمدينة الحلة، بحسب مصادر أمنية. وطوقت قوات الأمن موقع الانفجار.",
                "وكالة الشرق", "2025-03-10T10:00:00+03:00", "انفجار سيارة مفخخة في سوق الحلة"),
            Articles.Make("exact", "قتل 8 أشخاص في انفجار سيارة مفخخة في سوق بمدينة الحلة، بحسب مصادر طبية. وطوقت قوات الأمن موقع الانفجار.",
                "قناة النهار", "2025-03-10T10:30:00+03:00", "انفجار سيارة مفخخة في سوق بالحلة"));

        Assert.Equal(story.StoryOf["vague"], story.StoryOf["exact"]);
        Assert.DoesNotContain(story.Conflicts, c => c.Claims.Any(claim => claim.Value is 10d));
    }
}
