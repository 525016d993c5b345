using Marsad.Core.Documents;
using Marsad.Core.Stories;
using Marsad.Stories.Claims;
using Marsad.Stories.Tests.Support;
using Marsad.Stories.Timeline;

namespace Marsad.Stories.Tests.Claims;

public class DateConflictsTests
{
    private const string By2025 = "أعلنت وزارة الدفاع العراقية أن قوات التحالف الدولي ستنسحب من العراق بحلول سبتمبر 2025. وأضافت أن المحادثات مع واشنطن مستمرة.";
    private const string End2026 = "قال مسؤول أمريكي إن انسحاب قوات التحالف الدولي من العراق سيكتمل في نهاية 2026 وليس قبل ذلك.";

    private static IReadOnlyList<Conflict> Find(Dictionary<string, string>? duplicates, params Article[] articles)
    {
        var docs = NamedDocuments.Of(articles);
        var stories = NamedDocuments.OneStory(docs);
        var timeline = TimelineBuilder.Build(docs, duplicates ?? NamedDocuments.NoDuplicates, stories);
        return DateConflicts.Find(timeline, docs, stories);
    }

    private static IReadOnlyList<Conflict> Find(params Article[] articles) => Find(null, articles);

    [Fact]
    public void Find_TwoOutletsGivingDifferentDeadlinesForOneWithdrawal_AreAConflict()
    {
        var conflict = Assert.Single(Find(
            Articles.Make("a", By2025, "وكالة الشرق", "2024-09-20"),
            Articles.Make("b", End2026, "قناة النهار", "2024-09-22")));

        Assert.Equal("conflict", conflict.Kind);
        Assert.Equal("موعد الانسحاب", conflict.Topic);
        Assert.Equal(["2025-09", "2026"], conflict.Claims.Select(c => (string)c.Value));
        Assert.Equal(["2024-09-20", "2024-09-22"], conflict.Claims.Select(c => c.AsOf));
        Assert.Equal(["وكالة الشرق", "قناة النهار"], conflict.Claims.Select(c => c.Outlet));
        Evidence a = conflict.Claims[0].Evidence;
        Assert.Equal("أعلنت وزارة الدفاع العراقية أن قوات التحالف الدولي ستنسحب من العراق بحلول سبتمبر 2025.", By2025[a.Start..a.End]);
    }

    [Fact]
    public void Find_OneOutletGivingTwoDeadlinesInOneWeek_IsNoConflict()
    {
        Assert.Empty(Find(
            Articles.Make("a", By2025, "وكالة الشرق", "2024-09-20"),
            Articles.Make("b", End2026, "وكالة الشرق", "2024-09-22")));
    }

    [Fact]
    public void Find_ADuplicateCopyWithAnotherDeadline_IsNoSecondSource()
    {
        var duplicates = new Dictionary<string, string>(StringComparer.Ordinal) { ["copy"] = "a" };

        Assert.Empty(Find(duplicates,
            Articles.Make("a", By2025, "وكالة الشرق", "2024-09-20"),
            Articles.Make("copy", End2026, "موقع الصدى", "2024-09-21")));
    }

    [Fact]
    public void Find_AYearAndAMonthWithinIt_DoNotContradict()
    {
        Assert.Empty(Find(
            Articles.Make("a", By2025, "وكالة الشرق", "2024-09-20"),
            Articles.Make("b", "قال مسؤول أمريكي إن انسحاب قوات التحالف الدولي من العراق سيكتمل خلال عام 2025.", "قناة النهار", "2024-09-22")));
    }

    [Fact]
    public void Find_AWithdrawalPostponedAYearLater_IsAChangeInPublicationOrder()
    {
        var change = Assert.Single(Find(
            Articles.Make("late", "أعلنت الحكومة العراقية تأجيل انسحاب قوات التحالف الدولي من العراق إلى سبتمبر 2026 بسبب الأوضاع الأمنية.", "قناة النهار", "2025-06-10"),
            Articles.Make("early", By2025, "وكالة الشرق", "2024-09-20")));

        Assert.Equal("change", change.Kind);
        Assert.Equal(["2025-09", "2026-09"], change.Claims.Select(c => (string)c.Value));
        Assert.Equal(["2024-09-20", "2025-06-10"], change.Claims.Select(c => c.AsOf));
    }

    [Fact]
    public void Find_ElectionsOfTwoCountries_AreNotCompared()
    {
        Assert.Empty(Find(
            Articles.Make("a", "ستجرى الانتخابات البرلمانية في لبنان في مايو 2026 وفق ما أعلنت الحكومة.", "وكالة الشرق", "2025-11-02"),
            Articles.Make("b", "ستجرى الانتخابات البرلمانية في العراق في نوفمبر 2025 بحسب المفوضية.", "قناة النهار", "2025-11-03")));
    }

    [Fact]
    public void Find_AHappenedWithdrawalAndAPlannedOne_AreNotCompared()
    {
        Assert.Empty(Find(
            Articles.Make("a", By2025, "وكالة الشرق", "2024-09-20"),
            Articles.Make("b", "انسحبت قوات التحالف الدولي من قاعدة عين الأسد في العراق يوم 15 سبتمبر 2024.", "قناة النهار", "2024-09-22")));
    }
}
