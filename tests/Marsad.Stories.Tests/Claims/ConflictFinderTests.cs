using Marsad.Core.Stories;
using Marsad.Stories.Claims;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Claims;

public class ConflictFinderTests
{
    private const string Twelve = "قتل 12 شخصا في هجوم بسيارة مفخخة استهدف سوقا شعبيا في بغداد.";
    private const string Fifteen = "أسفر هجوم انتحاري على سوق في بغداد عن مقتل 15 شخصا.";

    private static IReadOnlyList<Conflict> Find(IReadOnlyList<StoryDocument> docs, Dictionary<string, string>? duplicates = null) =>
        ConflictFinder.Find(docs, duplicates ?? NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs));

    [Fact]
    public void Find_TwoOutletsDisagreeOnTheSameDay_ConflictWithBothClaims()
    {
        const string lead = "عاد الهدوء إلى العاصمة. ";
        var docs = NamedDocuments.Of(
            Articles.Make("a", lead + Twelve, "وكالة أ", "2025-03-12"),
            Articles.Make("b", Fifteen, "قناة ب", "2025-03-12"));

        var conflict = Assert.Single(Find(docs), c => c.Topic == "عدد القتلى");

        Assert.Equal("conflict", conflict.Kind);
        Assert.Equal([12.0, 15.0], conflict.Claims.Select(c => (double)c.Value));
        Assert.Equal(["وكالة أ", "قناة ب"], conflict.Claims.Select(c => c.Outlet));
        Assert.All(conflict.Claims, c => Assert.Equal("2025-03-12", c.AsOf));
        Evidence a = conflict.Claims[0].Evidence;
        Assert.Equal("a", a.Document);
        Assert.Equal(Twelve, (lead + Twelve)[a.Start..a.End]);
        Evidence b = conflict.Claims[1].Evidence;
        Assert.Equal(Fifteen, Fifteen[b.Start..b.End]);
    }

    [Fact]
    public void Find_TollRisesTheNextDay_ChangeInDateOrder()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("late", "ارتفع عدد ضحايا الهجوم على سوق بغداد، إذ قتل 15 شخصا بحسب الشرطة.", "قناة ب", "2025-03-12"),
            Articles.Make("early", "قتل 8 أشخاص في هجوم على سوق في بغداد صباح اليوم.", "وكالة أ", "2025-03-11"));

        var change = Assert.Single(Find(docs));

        Assert.Equal("change", change.Kind);
        Assert.Equal([8.0, 15.0], change.Claims.Select(c => (double)c.Value));
        Assert.Equal(["2025-03-11", "2025-03-12"], change.Claims.Select(c => c.AsOf));
    }

    [Fact]
    public void Find_DuplicateWithAnotherFigure_NoConflict()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", Twelve, "وكالة أ", "2025-03-12"),
            Articles.Make("copy", Fifteen, "موقع د", "2025-03-12"));
        var duplicates = new Dictionary<string, string>(StringComparer.Ordinal) { ["copy"] = "a" };

        Assert.Empty(Find(docs, duplicates));
    }

    [Fact]
    public void Find_SameOutletTwoFiguresOneDay_NoConflict()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", Twelve, "وكالة أ", "2025-03-12"),
            Articles.Make("b", Fifteen, "وكالة أ", "2025-03-12"));

        Assert.DoesNotContain(Find(docs), c => c.Kind == "conflict");
    }

    [Fact]
    public void Find_LowerBoundAndAFigureWithinIt_NoConflict()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", "ارتفعت حصيلة الزلزال إلى أكثر من 5000 قتيل في المناطق المنكوبة.", "وكالة أ", "2025-02-08"),
            Articles.Make("b", "أعلنت السلطات أن الزلزال خلف 5200 قتيل حتى الآن.", "قناة ب", "2025-02-08"));

        Assert.Empty(Find(docs));
    }

    [Fact]
    public void Find_ApproximateFigureAndTheExactOne_NoConflict()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", "ينتشر نحو 2500 جندي أمريكي في العراق.", "وكالة أ", "2024-01-15"),
            Articles.Make("b", "ينتشر 2500 جندي أمريكي في العراق.", "قناة ب", "2024-01-15"));

        Assert.Empty(Find(docs));
    }

    [Fact]
    public void Find_TensOfInjuredAndAFigureInThatRange_NoChange()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", "أصيب عشرات الأشخاص جراء انفجار في شمال لندن مساء الأربعاء.", "وكالة أ", "2025-05-02"),
            Articles.Make("b", "أفادت الشرطة بإصابة نحو 30 شخصا بانفجار شمال لندن.", "قناة ب", "2025-05-03"));

        Assert.Empty(Find(docs));
    }

    [Fact]
    public void Find_TollOfAnEarlierEventRecalled_NotCompared()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", "قتل 116 شخصا على الأقل جراء عواصف رملية في الهند. وكانت عاصفة في 11 أبريل 2018 قد قتل فيها 19 شخصا.", "وكالة أ", "2018-05-03"),
            Articles.Make("b", "لقي 116 شخصا حتفهم جراء العواصف في الهند.", "قناة ب", "2018-05-03"));

        Assert.Empty(Find(docs));
    }

    [Fact]
    public void Find_ArticleGivesAnIncrementAndTheNewToll_TheTollIsItsClaim()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", "تأكد مقتل 18 شخصا آخرين بسبب ثوران البركان، ما يرفع حصيلة القتلى إلى 25 قتيلا.", "وكالة أ", "2018-06-04"),
            Articles.Make("b", "قتل 25 شخصا على الأقل جراء ثوران البركان.", "قناة ب", "2018-06-04"));

        Assert.Empty(Find(docs));
    }

    [Fact]
    public void Find_InjuredCountAfterTheWordKilled_StaysInjured()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", "أسفر الانفجار عن سقوط قتلى و20 جريحا في السوق.", "وكالة أ", "2018-06-04"),
            Articles.Make("b", "أصيب 20 شخصا في انفجار السوق.", "قناة ب", "2018-06-04"));

        Assert.Empty(Find(docs));
    }

    [Fact]
    public void Find_TollsInTwoNamedPlaces_NeitherConflictNorChange()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", "أسفر الإعصار عن مقتل 50 شخصا في الصومال.", "وكالة أ", "2018-05-23"),
            Articles.Make("b", "قتل 7 أشخاص عندما ضرب الإعصار اليمن.", "قناة ب", "2018-05-23"),
            Articles.Make("c", "قتل 9 أشخاص عندما ضرب الإعصار اليمن.", "قناة ب", "2018-05-25"));

        Assert.DoesNotContain(Find(docs), c => c.Kind == "conflict");
        Assert.DoesNotContain(Find(docs), c => c.Claims.Any(claim => claim.Evidence.Document == "a") && c.Claims.Any(claim => claim.Evidence.Document != "a"));
    }

    [Fact]
    public void Find_CountOfMoreDead_NotATollClaim()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", "أعلنت السلطات مقتل 18 شخصا آخرين بسبب ثوران البركان.", "وكالة أ", "2018-06-04"),
            Articles.Make("b", "قتل 25 شخصا على الأقل جراء ثوران البركان.", "قناة ب", "2018-06-04"));

        Assert.Empty(Find(docs));
    }

    [Fact]
    public void Find_TroopsIn2021And2024_ChangeAboutTheirCountry()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("old", "ينتشر نحو 2500 جندي أمريكي في العراق حاليا.", "وكالة أ", "2021-07-26"),
            Articles.Make("new", "يبلغ عدد الجنود الأمريكيين في العراق اليوم 2000 جندي أمريكي.", "قناة ب", "2024-01-15"));

        var change = Assert.Single(Find(docs));

        Assert.Equal("change", change.Kind);
        Assert.StartsWith("عدد الجنود — ", change.Topic, StringComparison.Ordinal);
        Assert.Equal([2500.0, 2000.0], change.Claims.Select(c => (double)c.Value));
        Assert.Equal(["2021-07-26", "2024-01-15"], change.Claims.Select(c => c.AsOf));
    }

    [Fact]
    public void Find_TroopsOfOneCountryInTwoStories_AreStillComparedAcrossTheCollection()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("old", "ينتشر نحو 2500 جندي أمريكي في العراق حاليا.", "وكالة أ", "2021-07-26"),
            Articles.Make("new", "يبلغ عدد الجنود الأمريكيين في العراق اليوم 2000 جندي أمريكي.", "قناة ب", "2024-01-15"));
        var twoStories = new Dictionary<string, string> { ["old"] = "s1", ["new"] = "s2" };

        var change = Assert.Single(ConflictFinder.Find(docs, NamedDocuments.NoDuplicates, twoStories));

        Assert.Equal("change", change.Kind);
    }

    [Fact]
    public void Find_TroopsBeingWithdrawn_AreNoStandingCount()
    {
        var docs = NamedDocuments.Of(Articles.Make("a",
            "أعلنت القوة الدولية أمس أنها ستسحب نحو 3 آلاف جندي من قواعدها في الشمال. " +
            "وكانت القوة قد نشرت في مطلع عام 2013 ما يقرب من 12 ألف عسكري في البلاد.", "وكالة أ", "2026-03-12"));

        Assert.Empty(ConflictFinder.Find(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs)));
    }

    [Fact]
    public void Find_TollsOfTwoStoriesOnOneDay_AreNotCompared()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", "قتل 12 شخصا في هجوم على سوق في بغداد.", "وكالة أ", "2025-03-12"),
            Articles.Make("b", "قتل 30 شخصا في هجوم على سوق في بغداد.", "قناة ب", "2025-03-12"));
        var twoStories = new Dictionary<string, string> { ["a"] = "s1", ["b"] = "s2" };

        Assert.Empty(ConflictFinder.Find(docs, NamedDocuments.NoDuplicates, twoStories));
    }

    [Fact]
    public void Find_KilledAndInjuredInOneSentence_TwoFactsNotOneConflict()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", "قتل 12 شخصا وأصيب 20 آخرون في هجوم على سوق في بغداد.", "وكالة أ", "2025-03-12"),
            Articles.Make("b", "أسفر الهجوم على سوق بغداد عن مقتل 12 شخصا وإصابة 20 آخرين.", "قناة ب", "2025-03-12"));

        Assert.Empty(Find(docs));
    }

    [Fact]
    public void Find_FiguresInDifferentStories_NotCompared()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", Twelve, "وكالة أ", "2025-03-12"),
            Articles.Make("b", Fifteen, "قناة ب", "2025-03-12"));
        var stories = new Dictionary<string, string>(StringComparer.Ordinal) { ["a"] = "s1", ["b"] = "s2" };

        Assert.Empty(ConflictFinder.Find(docs, NamedDocuments.NoDuplicates, stories));
    }
}
