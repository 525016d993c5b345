using Marsad.Core.Stories;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Claims;

/// <summary>
/// An article without a publication date is dated by what it dates itself (the latest year of a
/// happening it reports), or stays undated; its figures are never set against another source's
/// as if at one time when nothing says they were.
/// </summary>
public class UndatedFiguresTests
{
    private static StoryAnalysis Build(params Core.Documents.Article[] articles) =>
        new StoryBuilder(StoryOptions.Default).Build([.. articles.Select(Articles.Analyze)]);

    [Fact]
    public void UndatedArticlesThatDateNothing_NeverConflict()
    {
        var story = Build(
            Articles.Make("a", "قتل 16 شخصا في انفجار سيارة مفخخة في سوق بمدينة الحلة، بحسب مصادر أمنية. وطوقت قوات الأمن موقع الانفجار.", null, null, "انفجار سيارة مفخخة في سوق بالحلة"),
            Articles.Make("b", "قتل 18 شخصا في انفجار سيارة مفخخة في سوق بمدينة الحلة، وفق مصدر طبي. وطوقت قوات الأمن موقع الانفجار.", null, null, "انفجار سيارة مفخخة في سوق الحلة"));

        Assert.DoesNotContain(story.Conflicts, c => c.Kind == "conflict" && c.Claims.Any(claim => claim.Value is 16d or 18d));
    }

    [Fact]
    public void AnUndatedArticle_IsOfTheLatestYearOfAHappeningItReports()
    {
        var story = Build(Articles.Make("a",
            "هاجمت فصائل مسلحة قاعدة عين الأسد في يناير 2020. وانسحبت القوات الأمريكية من قاعدة القائم في مارس 2021. وتعتزم الحكومة إنهاء مهمة التحالف في سبتمبر 2025.", null, null, "انسحاب من القائم"));

        // 2025 is a plan, not a happening: the article was written after 2021, not in 2025.
        Assert.Equal("2021", Marsad.Stories.Claims.ArticleYear.Inferred(story.Documents[0]));
    }

    [Fact]
    public void ADatedArticle_IsDatedByItsPublication()
    {
        var story = Build(Articles.Make("a", "انسحبت القوات الأمريكية من قاعدة القائم في مارس 2021.", "وكالة الشرق", "2024-05-01T10:00:00+03:00", "انسحاب"));

        Assert.Null(Marsad.Stories.Claims.ArticleYear.Inferred(story.Documents[0]));
    }
}
