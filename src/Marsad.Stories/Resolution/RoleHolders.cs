using Marsad.Core.Digests;

namespace Marsad.Stories.Resolution;

/// <summary>
/// Who holds each office in each year among a collection's full names, for the short-form rule:
/// a short form given "رئيس الوزراء العراقي" in a 2024 article is the full name given that role in
/// 2024, not the one given it in 2021. Only qualified roles (<see cref="RoleReading.IsQualified"/>)
/// in dated articles count: a bare "الرئيس", or a role without a year, says too little.
/// A role never joins anyone by itself; it only chooses among the full names a short form fits,
/// or keeps a short form away from one.
/// </summary>
internal sealed class RoleHolders
{
    private readonly Dictionary<(string Key, int Year), HashSet<int>> _holders = [];
    private readonly Dictionary<string, string> _written = new(StringComparer.Ordinal);
    private readonly RoleReading[][] _roles;
    private readonly int?[] _years;
    private readonly Func<int, int> _find;

    private RoleHolders(RoleReading[][] roles, int?[] years, Func<int, int> find)
    {
        _roles = roles;
        _years = years;
        _find = find;
    }

    /// <param name="clusters">Each set's root and member nodes.</param>
    /// <param name="roles">The roles read for each node.</param>
    /// <param name="years">The publication year of each node's article, if known.</param>
    /// <param name="isFullName">Whether a set is named by a full name (only those hold offices here).</param>
    /// <param name="find">The set a node belongs to now: sets found here may have joined since.</param>
    public static RoleHolders Of(Dictionary<int, List<int>> clusters, RoleReading[][] roles, int?[] years, Func<int, bool> isFullName, Func<int, int> find)
    {
        var result = new RoleHolders(roles, years, find);
        foreach (var (root, members) in clusters)
        {
            if (!members.Exists(n => roles[n].Length > 0) || !isFullName(root))
            {
                continue;
            }
            foreach (var pair in result.RolesOf(members))
            {
                if (!result._holders.TryGetValue(pair, out var set))
                {
                    result._holders.Add(pair, set = []);
                }
                set.Add(root);
            }
        }
        return result;
    }

    /// <summary>The qualified roles, with their years, that the articles of <paramref name="members"/> give them.</summary>
    public HashSet<(string Key, int Year)> RolesOf(IEnumerable<int> members)
    {
        var pairs = new HashSet<(string, int)>();
        foreach (int n in members)
        {
            if (_years[n] is not { } year)
            {
                continue;
            }
            foreach (RoleReading role in _roles[n])
            {
                if (role.IsQualified)
                {
                    pairs.Add((role.Key, year));
                    _written.TryAdd(role.Key, role.Text);
                }
            }
        }
        return pairs;
    }

    /// <summary>
    /// The one candidate that holds one of <paramref name="roles"/> in its year, with that role as
    /// written and the year; null when none or several do.
    /// </summary>
    public (int Root, string Role, int Year)? SharedWithOne(HashSet<(string Key, int Year)> roles, IEnumerable<int> candidates)
    {
        (int Root, string Role, int Year)? found = null;
        foreach (int candidate in candidates.DistinctBy(_find))
        {
            var shared = roles.Where(r => Holds(candidate, r)).OrderBy(r => r.Year).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
            if (shared.Count == 0)
            {
                continue;
            }
            if (found is not null)
            {
                return null;
            }
            found = (candidate, _written[shared[0].Key], shared[0].Year);
        }
        return found;
    }

    /// <summary>
    /// Whether one of the short form's roles in its year belongs to exactly one other full name and
    /// none of them to <paramref name="chosen"/>: one office, one holder that year, so the short form
    /// is not the chosen one. A role-year with several holders (a change of government in the year,
    /// an office two people share) says nothing either way.
    /// </summary>
    public bool HeldByAnotherOnly(HashSet<(string Key, int Year)> roles, int chosen, int shortForm)
    {
        if (roles.Count == 0 || roles.Any(r => Holds(chosen, r)))
        {
            return false;
        }
        int chosenNow = _find(chosen), shortFormNow = _find(shortForm);
        return roles.Any(r => _holders.TryGetValue(r, out var set)
            && set.Select(_find).Where(now => now != shortFormNow).Distinct().Count() == 1
            && set.Select(_find).First(now => now != shortFormNow) != chosenNow);
    }

    private bool Holds(int root, (string Key, int Year) role)
    {
        if (!_holders.TryGetValue(role, out var set))
        {
            return false;
        }
        int now = _find(root);
        return set.Any(h => _find(h) == now);
    }
}
