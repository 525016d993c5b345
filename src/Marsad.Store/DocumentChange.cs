using Marsad.Core.Documents;

namespace Marsad.Store;

/// <summary>One entry of the change feed: an id's state as of change <paramref name="Seq"/>.</summary>
/// <param name="Article">The stored article, or null when the id was deleted.</param>
public sealed record DocumentChange(long Seq, string Id, Article? Article)
{
    public bool IsDeletion => Article is null;
}
