using Marsad.Core.Stories;
using Marsad.Stories.Tests.Support;
using Marsad.Stories.Timeline;

namespace Marsad.Stories.Tests.Timeline;

public class TimelineBuilderTests
{
    private const string AttackA = "قتل 12 شخصا في هجوم بسيارة مفخخة استهدف سوقا شعبيا في بغداد أمس الثلاثاء.";
    private const string AttackB = "استهدف هجوم انتحاري سوقا في بغداد يوم الثلاثاء وأسفر عن مقتل 15 شخصا.";
    private const string AttackC = "هاجم مسلحون سوقا مزدحمة في العاصمة العراقية بغداد، ما أدى إلى سقوط قتلى وجرحى.";

    [Fact]
    public void Build_ThreeOutletsReportOneAttack_OneEntryWithThreeEvidence()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", AttackA, "وكالة أ", "2025-03-12"),
            Articles.Make("b", AttackB, "قناة ب", "2025-03-12"),
            Articles.Make("c", AttackC, "صحيفة ج", "2025-03-11"));

        var timeline = TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs));

        var attack = Assert.Single(timeline, e => e.Kind == "attack");
        Assert.Equal("2025-03-11", attack.Date);
        Assert.Equal("happened", attack.Status);
        Assert.Equal(["a", "b", "c"], attack.Evidence.Select(e => e.Document).Order(StringComparer.Ordinal));
        Assert.Contains("Location:بغداد", attack.Entities);
        Assert.Single(timeline);
    }

    [Fact]
    public void Build_EvidenceSpansTheSentence()
    {
        const string text = "عاد الهدوء إلى المدينة. " + AttackA;
        var docs = NamedDocuments.Of(Articles.Make("a", text, "وكالة أ", "2025-03-12"));

        var entry = Assert.Single(TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs)));

        Evidence evidence = Assert.Single(entry.Evidence);
        Assert.Equal(AttackA, text[evidence.Start..evidence.End]);
        Assert.Equal(AttackA, entry.Summary);
    }

    [Fact]
    public void Build_DeadlineByAFutureMonth_Planned()
    {
        var docs = NamedDocuments.Of(Articles.Make(
            "a", "أعلنت وزارة الدفاع الأمريكية أن القوات الأمريكية ستنسحب من العراق بحلول سبتمبر 2025.", "وكالة", "2024-09-27"));

        var entry = Assert.Single(TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs)));

        Assert.Equal("withdrawal", entry.Kind);
        Assert.Equal("planned", entry.Status);
        Assert.Equal("2025-09", entry.Date);
    }

    [Fact]
    public void Build_DeadlineLongPast_Happened()
    {
        var docs = NamedDocuments.Of(Articles.Make(
            "a", "بحلول عام 2000 أصبحت زياراته للمستشفى متكررة.", "وكالة", "2018-03-14"));

        var entry = Assert.Single(TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs)));

        Assert.Equal("deadline", entry.Kind);
        Assert.Equal("happened", entry.Status);
    }

    [Fact]
    public void Build_ScheduledMeetingNextWeekday_PlannedOnThatDay()
    {
        var docs = NamedDocuments.Of(Articles.Make(
            "a", "من المقرر أن يعقد مجلس الأمن اجتماعا يوم الخميس المقبل لبحث الأزمة.", "وكالة", "2025-03-12"));

        var entry = Assert.Single(TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs)));

        Assert.Equal("meeting", entry.Kind);
        Assert.Equal("planned", entry.Status);
        Assert.Equal("2025-03-13", entry.Date);
    }

    [Fact]
    public void Build_FutureVerbInALaterClause_EventStillHappened()
    {
        var docs = NamedDocuments.Of(Articles.Make(
            "a", "استهدف هجوم سوقا في بغداد أمس، وقالت الشرطة إنها ستحقق في الحادث.", "وكالة", "2025-03-12"));

        var entry = Assert.Single(TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs)));

        Assert.Equal("happened", entry.Status);
        Assert.Equal("2025-03-11", entry.Date);
    }

    [Fact]
    public void Build_YearAfterSince_NotTheEventDate()
    {
        var docs = NamedDocuments.Of(Articles.Make(
            "a", "أدلى الناخبون بأصواتهم الأحد في أول انتخابات يشهدها لبنان منذ عام 2009.", "وكالة", "2018-05-06"));

        var entry = Assert.Single(TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs)));

        Assert.Equal("2018-05-06", entry.Date);
    }

    [Fact]
    public void Build_TriggerInsideADirectQuote_NoEvent()
    {
        var docs = NamedDocuments.Of(Articles.Make(
            "a", "وقال أحد السكان لوكالة الأنباء: \"كانت الانتخابات التي جرت يوم 6 مايو 2018 مهزلة ولن أشارك في غيرها\".", "وكالة", "2018-05-08"));

        Assert.Empty(TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs)));
    }

    [Fact]
    public void Build_SameDayEventsInTwoNamedPlaces_NotMergedThroughAThirdReport()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", "بدأ الناخبون في لبنان الإدلاء بأصواتهم الأحد في انتخابات برلمانية.", "وكالة أ", "2018-05-06"),
            Articles.Make("b", "بدأ التونسيون الأحد التصويت في انتخابات بلدية في تونس.", "قناة ب", "2018-05-06"));

        var timeline = TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs));

        Assert.Equal(2, timeline.Count(e => e.Kind == "election"));
    }

    [Fact]
    public void Build_UndatedPastEvent_TakesThePublicationDate()
    {
        var docs = NamedDocuments.Of(Articles.Make("a", "انفجرت عبوة ناسفة قرب مركز للشرطة في الموصل.", "وكالة", "2025-03-12"));

        var entry = Assert.Single(TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs)));

        Assert.Equal("explosion", entry.Kind);
        Assert.Equal("2025-03-12", entry.Date);
        Assert.Equal("happened", entry.Status);
    }

    [Fact]
    public void Build_UndatedEventWithoutPastVerb_Dropped()
    {
        var docs = NamedDocuments.Of(Articles.Make("a", "يبقى الانسحاب مسألة معقدة بحسب الخبراء.", "وكالة", "2025-03-12"));

        Assert.Empty(TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs)));
    }

    [Fact]
    public void Build_DuplicateArticle_AddsNoEvidence()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", AttackA, "وكالة أ", "2025-03-12"),
            Articles.Make("a2", AttackA, "موقع د", "2025-03-12"));
        var duplicates = new Dictionary<string, string>(StringComparer.Ordinal) { ["a2"] = "a" };

        var entry = Assert.Single(TimelineBuilder.Build(docs, duplicates, NamedDocuments.OneStory(docs)));

        Assert.Equal("a", Assert.Single(entry.Evidence).Document);
    }

    [Fact]
    public void Build_SameAttackInTwoStories_TwoEntries()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", AttackA, "وكالة أ", "2025-03-12"),
            Articles.Make("b", AttackB, "قناة ب", "2025-03-12"));
        var stories = new Dictionary<string, string>(StringComparer.Ordinal) { ["a"] = "s1", ["b"] = "s2" };

        var timeline = TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, stories);

        Assert.Equal(2, timeline.Count);
        Assert.All(timeline, e => Assert.Single(e.Evidence));
    }

    [Fact]
    public void Build_EventsInDifferentPlaces_NotMerged()
    {
        var docs = NamedDocuments.Of(
            Articles.Make("a", "انفجرت عبوة ناسفة قرب مركز للشرطة في بغداد.", "وكالة أ", "2025-03-12"),
            Articles.Make("b", "انفجرت سيارة مفخخة في سوق بمدينة البصرة.", "قناة ب", "2025-03-12"));

        var timeline = TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs));

        Assert.Equal(2, timeline.Count(e => e.Kind == "explosion"));
    }

    [Fact]
    public void Build_EntriesSortedByDate()
    {
        var docs = NamedDocuments.Of(Articles.Make(
            "a",
            "التقى الرئيس الفرنسي نظيره الأمريكي في باريس يوم 5 مارس 2025. وكان الطرفان قد وقعا اتفاقية للتعاون في 2 يناير 2024.",
            "وكالة",
            "2025-03-12"));

        var timeline = TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs));

        Assert.Equal(["2024-01-02", "2025-03-05"], timeline.Select(e => e.Date));
        Assert.Equal(["agreement", "meeting"], timeline.Select(e => e.Kind));
    }

    [Fact]
    public void Build_LongSentence_SummaryCutAtAWord()
    {
        string text = "التقى وزير الخارجية العراقي نظيره التركي أمس " + string.Concat(Enumerable.Repeat("لبحث ملفات التعاون في المياه والطاقة والتجارة ", 10)) + ".";
        var docs = NamedDocuments.Of(Articles.Make("a", text, "وكالة", "2025-03-12"));

        var entry = Assert.Single(TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs)));

        Assert.True(entry.Summary.Length <= 201, entry.Summary);
        Assert.EndsWith("…", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EmptyAndOddInput_NoEntriesNoThrow()
    {
        var docs = NamedDocuments.Of(Articles.Make("a", " ", "وكالة", null), Articles.Make("b", "قتل.", null, null));

        Assert.Empty(TimelineBuilder.Build(docs, NamedDocuments.NoDuplicates, NamedDocuments.OneStory(docs)));
    }
}
