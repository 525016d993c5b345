namespace Marsad.Search.Querying;

/// <summary>A parsed search: every group not excluded is required, every excluded one must not match.</summary>
internal sealed record UserQuery(IReadOnlyList<QueryGroup> Groups)
{
    public bool IsEmpty => Groups.Count == 0;
}
