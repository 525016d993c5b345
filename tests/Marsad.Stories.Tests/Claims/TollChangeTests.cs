using Marsad.Core.Stories;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Claims;

/// <summary>A toll only grows: a later, lower figure in one story is another count (one day's dead after the week's), never a change of the toll.</summary>
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
}
