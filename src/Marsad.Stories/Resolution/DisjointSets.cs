namespace Marsad.Stories.Resolution;

/// <summary>
/// Union-find over the resolver's nodes with cannot-link constraints: two sets are never joined
/// while any pair of their members must stay apart (a user's not-same correction).
/// </summary>
internal sealed class DisjointSets
{
    private readonly int[] _parent;
    private readonly List<int>?[] _members;
    private readonly HashSet<(int, int)> _apart = [];

    public DisjointSets(int count)
    {
        _parent = new int[count];
        _members = new List<int>?[count];
        for (int i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

    /// <summary>Marks two nodes as different actors for good.</summary>
    public void KeepApart(int a, int b)
    {
        _apart.Add((Math.Min(a, b), Math.Max(a, b)));
    }

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>; false when already one, or when a constraint forbids it.</summary>
    public bool Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb || !MayJoin(ra, rb))
        {
            return false;
        }
        if (Members(ra).Count < Members(rb).Count)
        {
            (ra, rb) = (rb, ra);
        }
        _parent[rb] = ra;
        Members(ra).AddRange(Members(rb));
        _members[rb] = null;
        return true;
    }

    public bool MayJoin(int a, int b)
    {
        if (_apart.Count == 0)
        {
            return true;
        }
        int ra = Find(a), rb = Find(b);
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

    private List<int> Members(int root) => _members[root] ??= [root];
}
