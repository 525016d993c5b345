namespace Marsad.Stories.Claims;

/// <summary>
/// Splits one fact's claims by what they are about: claims meet when their subjects share a
/// collection id or a folded name. Claims without a subject form a group of their own, unless
/// every claim with one is about one subject: "25 قتيلا" beside "18 فلسطينيا" in one story counts
/// the same dead.
/// </summary>
internal static class SubjectGroups
{
    public static List<List<CountClaim>> Split(IEnumerable<CountClaim> claims)
    {
        var groups = new List<List<CountClaim>>();
        var byKey = new Dictionary<string, List<CountClaim>>(StringComparer.Ordinal);
        List<CountClaim>? none = null;
        foreach (var claim in claims)
        {
            if (claim.SubjectId is null || claim.SubjectKey is null)
            {
                none ??= Add(groups, []);
                none.Add(claim);
                continue;
            }

            string id = "id:" + claim.SubjectId;
            if (!byKey.TryGetValue(id, out var group) && !byKey.TryGetValue(claim.SubjectKey, out group))
            {
                group = Add(groups, []);
            }

            group.Add(claim);
            byKey.TryAdd(id, group);
            byKey.TryAdd(claim.SubjectKey, group);
        }

        if (none is not null && groups.Count == 2)
        {
            List<CountClaim> subject = groups[0] == none ? groups[1] : groups[0];
            subject.AddRange(none);
            groups.Remove(none);
            subject.Sort((a, b) => a.Order.CompareTo(b.Order));
        }

        return groups;
    }

    private static List<CountClaim> Add(List<List<CountClaim>> groups, List<CountClaim> group)
    {
        groups.Add(group);
        return group;
    }
}
