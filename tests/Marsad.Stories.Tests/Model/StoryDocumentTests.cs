using Marsad.Core.Stories;
using Marsad.Stories.Tests.Support;

namespace Marsad.Stories.Tests.Model;

public class StoryDocumentTests
{
    [Fact]
    public void EntityId_GivesTheCollectionIdOfALocalActor()
    {
        IReadOnlyList<StoryDocument> docs = Articles.Documents(Articles.Make("a", "قال رئيس الوزراء العراقي محمد شياع السوداني إن القوات ستغادر.", "وكالة", "2024-01-15"));

        StoryDocument doc = docs[0];

        Assert.NotEmpty(doc.Digest.Entities);
        Assert.Equal("a/0", doc.EntityId(0));
        Assert.Equal("a", doc.Id);
    }
}
