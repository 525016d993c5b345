using Marsad.Core.Stories;
using Marsad.Stories.Briefing;

namespace Marsad.Stories.Tests.Briefing;

/// <summary>A plain brief tells the thread or story that holds most of the articles, never two unrelated stories at once; nor one of two halves.</summary>
public class BriefFocusTests
{
    private static StoryCluster Story(string id, params string[] documents) => new(id, "عنوان " + id, documents, "2025-06-14", "2025-06-17");

    private static readonly Dictionary<string, string> NoCopies = [];

    [Fact]
    public void FiveArticlesOfOneThreadAndOneUnrelated_BriefTheThread()
    {
        StoryCluster[] stories = [Story("s1", "a", "b"), Story("s2", "c"), Story("s3", "d", "e"), Story("s4", "mali")];
        StoryThread[] threads = [new("t1", "اتفاق المياه", ["s1", "s2", "s3"], "2025-06-14", "2025-06-17", [])];

        BriefSubject? focus = BriefFocus.Choose(stories, threads, NoCopies);

        Assert.NotNull(focus);
        Assert.Equal(("thread", "t1"), (focus.Kind, focus.Id));
        Assert.Equal(["a", "b", "c", "d", "e"], focus.Documents);
    }

    [Fact]
    public void WithoutAThread_TheStoryHoldingMostArticlesIsBriefed()
    {
        BriefSubject? focus = BriefFocus.Choose([Story("s1", "a", "b", "c"), Story("s2", "d")], [], NoCopies);

        Assert.Equal("s1", focus?.Id);
    }

    [Fact]
    public void TwoStoriesOfOneArticleEach_AreBriefedTogether()
    {
        Assert.Null(BriefFocus.Choose([Story("s1", "a"), Story("s2", "b")], [], NoCopies));
    }

    [Fact]
    public void CopiesDoNotMakeAStoryTheLargest()
    {
        var copies = new Dictionary<string, string> { ["a2"] = "a", ["a3"] = "a" };

        Assert.Null(BriefFocus.Choose([Story("s1", "a", "a2", "a3"), Story("s2", "b"), Story("s3", "c")], [], copies));
    }

    [Fact]
    public void AThreadCanBeFoundByACentralActorsName()
    {
        StoryCluster[] stories = [Story("s1", "a"), Story("s2", "b")];
        StoryThread[] threads = [new("t1", "محادثات الانسحاب", ["s1", "s2"], null, null, ["e4"])];

        BriefSubject? found = BriefFocus.Find(stories, threads, "السوداني", thread: true, id => id == "e4" ? "محمد شياع السوداني" : null);

        Assert.Equal("t1", found?.Id);
    }
}
