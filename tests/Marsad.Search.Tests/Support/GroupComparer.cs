using Marsad.Search.Querying;

namespace Marsad.Search.Tests.Support;

/// <summary>Query groups compared by their items' values (records compare lists by reference).</summary>
internal sealed class GroupComparer : IEqualityComparer<QueryGroup>
{
    public static GroupComparer Instance { get; } = new();

    public bool Equals(QueryGroup? x, QueryGroup? y) =>
        x is not null && y is not null && x.Excluded == y.Excluded && x.Alternatives.SequenceEqual(y.Alternatives);

    public int GetHashCode(QueryGroup obj) => obj.Alternatives.Count;
}
