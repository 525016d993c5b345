namespace Marsad.Stories.Resolution;

/// <summary>
/// <see cref="UnionFind"/> with cannot-link constraints: two sets are never joined while any pair
/// of their members must stay apart (a user's not-same correction). Members are tracked only once
/// a constraint exists, so the common case costs what plain union-find costs.
/// </summary>
internal sealed class DisjointSets(int count)
{
    private readonly UnionFind _sets = new(count);
    private readonly HashSet<(int, int)> _apart = [];
    private readonly Dictionary<int, List<int>> _members = [];

    public int Find(int x) => _sets.Find(x);

    /// <summary>Marks two nodes as different actors for good. Call before any <see cref="Union"/>.</summary>
    public void KeepApart(int a, int b) => _apart.Add((Math.Min(a, b), Math.Max(a, b)));

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>; false when already one, or when a constraint forbids it.</summary>
    public bool Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb || !MayJoin(ra, rb))
        {
            return false;
        }
        if (_apart.Count > 0)
        {
            List<int> joined = [.. Members(ra), .. Members(rb)];
            _members.Remove(ra);
            _members.Remove(rb);
            _members[_sets.Union(ra, rb)] = joined;
        }
        else
        {
            _sets.Union(ra, rb);
        }
        return true;
    }

    private bool MayJoin(int ra, int rb)
    {
        if (_apart.Count == 0)
        {
            return true;
        }
        foreach (int x in Members(ra))
        {
            foreach (int y in Members(rb))
            {
                if (_apart.Contains((Math.Min(x, y), Math.Max(x, y))))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private List<int> Members(int root) => _members.TryGetValue(root, out var list) ? list : [root];
}
