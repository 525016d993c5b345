using Marsad.Core.Stories;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Claims;

/// <summary>The date and attribution stages as the whole build runs them: real duplicates, real stories, the shipped aliases.</summary>
public class StoryBuilderConflictsTests
{
    private const string Withdrawal =
        "أعلنت وزارة الدفاع العراقية أن قوات التحالف الدولي ستنسحب من العراق بحلول سبتمبر 2025. " +
        "وأضافت الوزارة في بيان أن المحادثات مع واشنطن بشأن جدول الانسحاب مستمرة منذ أشهر. " +
        "وكان البرلمان العراقي قد طالب بإنهاء وجود القوات الأجنبية في البلاد.";

    private static StoryAnalysis Build(params Core.Documents.Article[] articles) =>
        new StoryBuilder(StoryOptions.Default).Build([.. articles.Select(Articles.Analyze)]);

    [Fact]
    public void Build_TwoOutletsGivingDifferentDeadlines_ReportsTheDateConflict()
    {
        var story = Build(
            Articles.Make("a", Withdrawal, "وكالة الشرق", "2024-09-20"),
            Articles.Make("b",
                "قال مسؤول أمريكي إن انسحاب قوات التحالف الدولي من العراق سيكتمل في نهاية 2026 وليس قبل ذلك. " +
                "وأوضح أن المحادثات مع بغداد بشأن جدول انسحاب القوات الأجنبية من البلاد لم تنته بعد.",
                "قناة النهار", "2024-09-22"));

        var conflict = Assert.Single(story.Conflicts, c => c.Topic == "موعد الانسحاب");
        Assert.Equal("conflict", conflict.Kind);
    }

    [Fact]
    public void Build_ACopyThatChangedTheDeadline_IsNoSecondSource()
    {
        var story = Build(
            Articles.Make("a", Withdrawal, "وكالة الشرق", "2024-09-20"),
            Articles.Make("copy", Withdrawal.Replace("سبتمبر 2025", "سبتمبر 2026", StringComparison.Ordinal), "موقع الصدى", "2024-09-21"));

        Assert.Equal("a", story.DuplicateOf["copy"]);
        Assert.DoesNotContain(story.Conflicts, c => c.Topic == "موعد الانسحاب");
    }

    [Fact]
    public void Build_TwoOutletsNamingDifferentCulprits_ReportsTheAttributionConflict()
    {
        const string report = "قتل سبعة جنود في هجوم على نقطة تفتيش في مدينة ديار بكر مساء الأحد. ";
        var story = Build(
            Articles.Make("a", report + "وتبنى تنظيم داعش الهجوم في بيان نشره على الإنترنت.", "وكالة الرافدين", "2025-04-14"),
            Articles.Make("b", report + "واتهمت الحكومة التركية حزب العمال الكردستاني بتنفيذ الهجوم.", "قناة الفرات", "2025-04-14"));

        var conflict = Assert.Single(story.Conflicts, c => c.Topic == "المسؤول عن الهجوم");
        Assert.Equal(["تنظيم الدولة الإسلامية", "حزب العمال الكردستاني"], conflict.Claims.Select(c => (string)c.Value));
    }
}
