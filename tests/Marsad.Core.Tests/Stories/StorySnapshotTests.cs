using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Core.Documents;
using Marsad.Core.Stories;

namespace Marsad.Core.Tests.Stories;

public sealed class StorySnapshotTests
{
    private static DocumentDigest Digest(string id) => new(
        new Article(id, id + ".txt", null, "نص " + id, null, null, null, null), [], [], [], [], new BodySignature([], null), TermCounts.Empty,
        HeadlineDigest.Empty, [], [], [], SentenceTable.Empty);

    private static StorySnapshot Snapshot() => new(
        [new SnapshotDocument("b", ["e1"]), new SnapshotDocument("a", [])],
        [new ResolvedEntity("e1", "بغداد", EntityType.Location, [], ["b"], [], [])],
        new Dictionary<string, string>(), new Dictionary<string, string>(), [], [], [], null, []);

    [Fact]
    public void With_PutsEachDocumentBackWithItsDigestInTheSnapshotsOrder()
    {
        var digests = new[] { Digest("a"), Digest("b"), Digest("c") }.ToDictionary(d => d.Article.Id);

        StoryAnalysis story = Snapshot().With(digests);

        Assert.Equal(["b", "a"], story.Documents.Select(d => d.Id));
        Assert.Equal([0, 1], story.Documents.Select(d => d.Index));
        Assert.Same(digests["b"], story.Documents[0].Digest);
        Assert.Equal("e1", story.Documents[0].EntityId(0));
    }

    [Fact]
    public void With_ADocumentWithoutItsDigest_ThrowsInvalidData()
    {
        var digests = new[] { Digest("a") }.ToDictionary(d => d.Article.Id);

        Assert.Throws<InvalidDataException>(() => Snapshot().With(digests));
    }

    [Fact]
    public void Of_ThenWith_GivesBackTheStory()
    {
        var digests = new[] { Digest("a"), Digest("b") }.ToDictionary(d => d.Article.Id);
        StoryAnalysis story = Snapshot().With(digests);

        StoryAnalysis again = StorySnapshot.Of(story).With(digests);

        Assert.Equal(story.Documents.Select(d => (d.Id, string.Join(',', d.Entities))), again.Documents.Select(d => (d.Id, string.Join(',', d.Entities))));
        Assert.Same(story.Entities, again.Entities);
    }
}
