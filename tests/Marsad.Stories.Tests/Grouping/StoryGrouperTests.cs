using Marsad.Core.Stories;
using Marsad.Stories.Duplicates;
using Marsad.Stories.Grouping;
using Marsad.Stories.Tests.Duplicates;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Grouping;

public class StoryGrouperTests
{
    private static StoryGrouping Group(IReadOnlyList<StoryDocument> docs) => StoryGrouper.Group(docs, DuplicateFinder.Find(docs));

    [Fact]
    public void Group_ThreeOutletsOneEvent_OneStory()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("paper", WireCopy.RocketsPaper, "صحيفة", "2024-01-16", "العثور على منصة إطلاق الصواريخ"),
            Articles.Make("agency", WireCopy.RocketsAgency, "وكالة", "2024-01-15", "صواريخ على عين الأسد"),
            Articles.Make("channel", WireCopy.RocketsChannel, "قناة", "2024-01-15", "قصف قاعدة في الأنبار"),
            Articles.Make("sport", WireCopy.Football, "صحيفة", "2024-01-15", "المغرب يفوز على تونس"));

        StoryGrouping grouping = Group(docs);

        StoryCluster rockets = grouping.Stories.Single(s => s.Documents.Count == 3);
        Assert.Equal(["agency", "channel", "paper"], rockets.Documents);
        Assert.Equal("صواريخ على عين الأسد", rockets.Title);
        Assert.Equal("2024-01-15", rockets.From);
        Assert.Equal("2024-01-16", rockets.To);
        Assert.Equal(2, grouping.Stories.Count);
    }

    [Fact]
    public void Group_SameBaseAttackedMonthsApart_TwoStories()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("rockets", WireCopy.RocketsAgency, "وكالة", "2024-01-15"),
            Articles.Make("rockets2", WireCopy.RocketsChannel, "قناة", "2024-01-15"),
            Articles.Make("drone", WireCopy.Drone, "وكالة", "2024-06-20"));

        StoryGrouping grouping = Group(docs);

        Assert.Equal(grouping.StoryOf["rockets"], grouping.StoryOf["rockets2"]);
        Assert.NotEqual(grouping.StoryOf["rockets"], grouping.StoryOf["drone"]);
    }

    [Fact]
    public void Group_Duplicate_JoinsItsOriginalsStory()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("copy", WireCopy.BudgetRepublished, "قناة", "2024-02-07", "الحكومة تحيل الموازنة"),
            Articles.Make("wire", WireCopy.Budget, "وكالة", "2024-02-06", "مجلس الوزراء يقر الموازنة"),
            Articles.Make("sport", WireCopy.Football, "صحيفة", "2024-02-06"));

        StoryGrouping grouping = Group(docs);

        Assert.Equal(grouping.StoryOf["wire"], grouping.StoryOf["copy"]);
        StoryCluster budget = grouping.Stories.Single(s => s.Id == grouping.StoryOf["wire"]);
        Assert.Equal(["wire", "copy"], budget.Documents);
        Assert.Equal("مجلس الوزراء يقر الموازنة", budget.Title);
    }

    [Fact]
    public void Group_DailyReportsOfOneTopicOverNineDays_NoStoryLongerThanTheSpanCap()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("d1", WireCopy.RocketsAgency + " " + WireCopy.RocketsChannel, "وكالة", "2024-01-01"),
            Articles.Make("d3", WireCopy.RocketsChannel + " " + WireCopy.RocketsPaper, "قناة", "2024-01-03"),
            Articles.Make("d5", WireCopy.RocketsPaper + " " + WireCopy.Drone, "صحيفة", "2024-01-05"),
            Articles.Make("d7", WireCopy.Drone + " " + WireCopy.RocketsAgency, "موقع", "2024-01-07"),
            Articles.Make("d9", WireCopy.RocketsChannel + " " + WireCopy.Drone, "إذاعة", "2024-01-09"));

        StoryGrouping grouping = Group(docs);

        Assert.True(grouping.Stories.Count > 1);
        Assert.All(grouping.Stories, s => Assert.True(DateOnly.Parse(s.To!, System.Globalization.CultureInfo.InvariantCulture).DayNumber
            - DateOnly.Parse(s.From!, System.Globalization.CultureInfo.InvariantCulture).DayNumber <= StoryLinker.MaxSpanDays));
    }

    [Fact]
    public void Group_UndatedReportOfTheEvent_JoinsOnTextAlone()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("undated", WireCopy.RocketsChannel + " " + WireCopy.RocketsPaper, "موقع"),
            Articles.Make("dated", WireCopy.RocketsAgency + " " + WireCopy.RocketsChannel, "وكالة", "2024-01-15"),
            Articles.Make("sport", WireCopy.Football, "صحيفة"));

        StoryGrouping grouping = Group(docs);

        Assert.Empty(DuplicateFinder.Find(docs));
        Assert.Equal(grouping.StoryOf["dated"], grouping.StoryOf["undated"]);
        Assert.NotEqual(grouping.StoryOf["dated"], grouping.StoryOf["sport"]);
        StoryCluster story = grouping.Stories.Single(s => s.Documents.Count == 2);
        Assert.Equal(["dated", "undated"], story.Documents);
        Assert.Equal(("2024-01-15", "2024-01-15"), (story.From, story.To));
    }

    [Fact]
    public void Group_DuplicateOfUnknownOrSelf_TreatedAsOwnDocument()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("a", WireCopy.Football, "صحيفة", "2024-02-06"),
            Articles.Make("b", WireCopy.Drone, "وكالة", "2024-02-06"));

        StoryGrouping grouping = StoryGrouper.Group(docs, new Dictionary<string, string> { ["a"] = "missing", ["b"] = "b" });

        Assert.Equal(2, grouping.Stories.Count);
    }

    [Fact]
    public void Group_StoriesNumberedByEarliestDocument_UndatedLast()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("undated", WireCopy.Budget, "موقع"),
            Articles.Make("late", WireCopy.Drone, "وكالة", "2024-06-20"),
            Articles.Make("early", WireCopy.Football, "صحيفة", "2024-01-02"),
            Articles.Make("early2", WireCopy.RocketsAgency, "وكالة", "2024-01-02"));

        StoryGrouping grouping = Group(docs);

        Assert.Equal(["s1", "s2", "s3", "s4"], grouping.Stories.Select(s => s.Id));
        Assert.Equal(["early", "early2", "late", "undated"], grouping.Stories.Select(s => s.Documents.Single()));
        Assert.Null(grouping.Stories[3].From);
        Assert.Null(grouping.Stories[3].To);
    }

    [Fact]
    public void Group_NoTitle_FirstSentenceCutAtWordBoundary()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(Articles.Make("a", WireCopy.Budget, "وكالة", "2024-02-06"));

        string title = Group(docs).Stories.Single().Title;

        Assert.StartsWith("أقر مجلس الوزراء العراقي", title, StringComparison.Ordinal);
        Assert.InRange(title.Length, 60, StoryTitle.MaxLength + 1);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_EmptyAndShortBodies_EachItsOwnStory()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("e1", "", "أ", "2024-01-01"),
            Articles.Make("e2", "", "ب", "2024-01-01"),
            Articles.Make("s1", "عاجل: انفجار في بغداد", "ج", "2024-01-01"),
            Articles.Make("s2", "عاجل: زلزال في تركيا", "د", "2024-01-01"));

        StoryGrouping grouping = Group(docs);

        Assert.Equal(4, grouping.Stories.Count);
        Assert.Equal(4, grouping.StoryOf.Count);
        Assert.All(grouping.Stories, s => Assert.NotNull(s.Title));
    }

    [Fact]
    public void Group_NoDocuments_NoStories()
    {
        StoryGrouping grouping = StoryGrouper.Group([], new Dictionary<string, string>());

        Assert.Empty(grouping.Stories);
        Assert.Empty(grouping.StoryOf);
    }
}
