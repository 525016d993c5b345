using Marsad.Core.Stories;
using Marsad.Stories.Duplicates;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Duplicates;

public class DuplicateFinderTests
{
    [Fact]
    public void Find_RepublishedWithNewHeadlineAndChangedSentence_PointsAtEarlier()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("later", WireCopy.BudgetRepublished, "قناة", "2024-02-07", "الحكومة العراقية تحيل الموازنة إلى البرلمان"),
            Articles.Make("wire", WireCopy.Budget, "وكالة", "2024-02-06", "مجلس الوزراء يقر مشروع الموازنة"),
            Articles.Make("other", WireCopy.Football, "صحيفة", "2024-02-06", "المغرب يفوز على تونس"));

        IReadOnlyDictionary<string, string> duplicates = DuplicateFinder.Find(docs);

        Assert.Equal(new Dictionary<string, string> { ["later"] = "wire" }, duplicates);
    }

    [Fact]
    public void Find_SameEventInDifferentWords_NoDuplicates()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("a", WireCopy.RocketsAgency, "وكالة", "2024-01-15"),
            Articles.Make("b", WireCopy.RocketsChannel, "قناة", "2024-01-15"),
            Articles.Make("c", WireCopy.RocketsPaper, "صحيفة", "2024-01-16"));

        Assert.Empty(DuplicateFinder.Find(docs));
    }

    [Fact]
    public void Find_OriginalIsEarliestByDateThenByInputOrder()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("third", WireCopy.Budget, "أ", "2024-03-05"),
            Articles.Make("first", WireCopy.Budget, "ب", "2024-03-03"),
            Articles.Make("tie", WireCopy.BudgetRepublished, "ج", "2024-03-03"));

        IReadOnlyDictionary<string, string> duplicates = DuplicateFinder.Find(docs);

        Assert.Equal(new Dictionary<string, string> { ["third"] = "first", ["tie"] = "first" }, duplicates);
    }

    [Fact]
    public void Find_UndatedCopy_PointsAtDatedOriginal()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("undated", WireCopy.Budget, "موقع"),
            Articles.Make("dated", WireCopy.BudgetRepublished, "وكالة", "2024-02-06"));

        Assert.Equal(new Dictionary<string, string> { ["undated"] = "dated" }, DuplicateFinder.Find(docs));
    }

    [Fact]
    public void Find_EmptyAndShortBodies_NoCrashAndNoMerge()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("empty1", "", "أ", "2024-01-01"),
            Articles.Make("empty2", "", "ب", "2024-01-01"),
            Articles.Make("blank", "  \n ... !! ", "ج", "2024-01-01"),
            Articles.Make("short1", "عاجل: انفجار في بغداد", "د", "2024-01-01"),
            Articles.Make("short2", "عاجل: زلزال في تركيا", "ه", "2024-01-01"));

        Assert.Empty(DuplicateFinder.Find(docs));
    }

    [Fact]
    public void Find_IdenticalShortBodies_MatchDespitePunctuation()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(
            Articles.Make("a", "عاجل: انفجار في بغداد", "أ", "2024-01-01"),
            Articles.Make("b", "عاجل - انفجار في بغداد!", "ب", "2024-01-02"));

        Assert.Equal(new Dictionary<string, string> { ["b"] = "a" }, DuplicateFinder.Find(docs));
    }

    [Fact]
    public void Find_NoDocuments_Empty()
    {
        Assert.Empty(DuplicateFinder.Find([]));
    }
}
