using Marsad.Core.Stories;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Claims;

/// <summary>A source that says in words that another's figure is wrong ("وليس 40 ألفا كما أعلنت الحكومة") is a conflict, each figure with its source.</summary>
public class ExplicitCorrectionsTests
{
    private static StoryAnalysis Build(params Core.Documents.Article[] articles) =>
        new StoryBuilder(StoryOptions.Default).Build([.. articles.Select(Articles.Analyze)]);

    [Fact]
    public void AFigureCorrectingTheGovernments_IsAConflictBetweenTheTwoSources()
    {
        var story = Build(Articles.Make("farmers",
            "قال مزارعون في محافظة ميسان إن موسم الحصاد كان الأسوأ منذ سنوات. وأكد رئيس جمعية الفلاحين أن نحو 30 ألف دونم خرجت من الزراعة هذا العام، وليس 12 ألفا كما أعلنت وزارة الزراعة. " +
            "وطالب المزارعون بتعويضات عاجلة.", "صحيفة الجنوب", "2025-07-01T09:00:00+03:00", "مزارعو ميسان يطالبون بالتعويض"));

        var conflict = Assert.Single(story.Conflicts, c => c.Topic.Contains("تصحيح", StringComparison.Ordinal));
        Assert.Equal("conflict", conflict.Kind);
        Assert.Equal([30000d, 12000d], conflict.Claims.Select(c => (double)c.Value));
        Assert.Equal("صحيفة الجنوب", conflict.Claims[0].Outlet);
        Assert.Contains("وزارة الزراعة", conflict.Claims[1].Outlet, StringComparison.Ordinal);
        string text = story.Documents[0].Article.Text!;
        Assert.StartsWith("نحو 30 ألف دونم", text[conflict.Claims[0].Evidence.Start..conflict.Claims[0].Evidence.End], StringComparison.Ordinal);
    }

    [Fact]
    public void TwoFiguresWithoutANegation_AreNoCorrection()
    {
        var story = Build(Articles.Make("plain",
            "قال رئيس جمعية الفلاحين إن 30 ألف دونم خرجت من الزراعة هذا العام، كما أعلنت وزارة الزراعة أن 12 ألف دونم أخرى مهددة بالجفاف.",
            "صحيفة الجنوب", "2025-07-01T09:00:00+03:00", "الجفاف يهدد المزارع"));

        Assert.DoesNotContain(story.Conflicts, c => c.Topic.Contains("تصحيح", StringComparison.Ordinal));
    }

    [Fact]
    public void AFigureTheSameSourceGaveBefore_IsARevision_EarlierFirst()
    {
        var story = Build(Articles.Make("club",
            "أعلن النادي أن قيمة الصفقة بلغت 574 مليون يورو وليس 400 مليون يورو، كما ذكر رئيس النادي من قبل. وتعد الصفقة الأكبر في تاريخ النادي.",
            "صحيفة الملاعب", "2025-07-01T09:00:00+03:00", "النادي يكشف قيمة الصفقة"));

        var revision = Assert.Single(story.Conflicts, c => c.Topic.Contains("تصحيح", StringComparison.Ordinal));
        Assert.Equal("change", revision.Kind);
        Assert.Equal([400000000d, 574000000d], revision.Claims.Select(c => (double)c.Value));
    }
}
