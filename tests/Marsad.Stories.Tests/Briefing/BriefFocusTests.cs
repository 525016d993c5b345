using Marsad.Core.Stories;
using Marsad.Stories.Briefing;

namespace Marsad.Stories.Tests.Briefing;

/// <summary>
/// A plain brief tells the thread or story that holds the most articles, with the stories that
/// name its actors, and leaves out the stories that share none with it; a collection of many
/// unrelated things is briefed whole.
/// </summary>
public class BriefFocusTests
{
    private static StoryCluster Story(string id, params string[] documents) => new(id, "عنوان " + id, documents, "2025-06-14", "2025-06-17");

    private static readonly Dictionary<string, string> NoCopies = [];

    /// <summary>The water deal's articles name Iraq, Turkey and Basra; the Mali article names the UN mission.</summary>
    private static readonly Dictionary<string, string[]> Actors = new()
    {
        ["a"] = ["iraq", "turkey"], ["b"] = ["iraq", "tigris"], ["c"] = ["iraq"],
        ["farmers"] = ["basra", "iraq"], ["marshes"] = ["turkey", "marsh"],
        ["mali"] = ["un-mission", "mali"],
    };

    private static IEnumerable<string> ActorsOf(string document) => Actors.TryGetValue(document, out string[]? actors) ? actors : [];

    [Fact]
    public void TheLargestStoryAndTheStoriesNamingItsActors_AreBriefed_AnUnrelatedStoryIsLeftOut()
    {
        StoryCluster[] stories = [Story("s1", "a", "b", "c"), Story("s2", "marshes"), Story("s3", "farmers"), Story("s4", "mali")];

        BriefSubject? focus = BriefFocus.Choose(stories, [], NoCopies, ActorsOf);

        Assert.NotNull(focus);
        Assert.Equal(("story", "s1"), (focus.Kind, focus.Id));
        Assert.Equal(["a", "b", "c", "marshes", "farmers"], focus.Documents);
        Assert.Equal(["s2", "s3"], focus.Tied);
        Assert.Equal(["s4"], focus.LeftOut);
    }

    [Fact]
    public void AThreadHoldingTheMostArticles_IsTheSubject()
    {
        StoryCluster[] stories = [Story("s1", "a", "b"), Story("s2", "c"), Story("s3", "mali")];
        StoryThread[] threads = [new("t1", "اتفاق المياه", ["s1", "s2"], "2025-06-14", "2025-06-17", [])];

        BriefSubject? focus = BriefFocus.Choose(stories, threads, NoCopies, ActorsOf);

        Assert.Equal(("thread", "t1"), (focus?.Kind, focus?.Id));
        Assert.Equal(["s3"], focus?.LeftOut);
    }

    [Fact]
    public void WhenEveryStoryIsTied_TheWholeCollectionIsBriefed()
    {
        Assert.Null(BriefFocus.Choose([Story("s1", "a", "b"), Story("s2", "farmers")], [], NoCopies, ActorsOf));
    }

    [Fact]
    public void ManyUnrelatedThings_AreBriefedWhole()
    {
        StoryCluster[] stories = [Story("s1", "a"), Story("s2", "mali"), Story("s3", "x"), Story("s4", "y")];

        Assert.Null(BriefFocus.Choose(stories, [], NoCopies, ActorsOf));
    }

    [Fact]
    public void CopiesDoNotMakeAStoryTheLargest()
    {
        var copies = new Dictionary<string, string> { ["mali2"] = "mali", ["mali3"] = "mali" };

        BriefSubject? focus = BriefFocus.Choose([Story("s1", "a", "b"), Story("s2", "mali", "mali2", "mali3")], [], copies, ActorsOf);

        Assert.Equal("s1", focus?.Id);
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
