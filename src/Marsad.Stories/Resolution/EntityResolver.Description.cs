using Marsad.Core.Analysis;
using Marsad.Core.Stories;
using Marsad.Core.Digests;

namespace Marsad.Stories.Resolution;

/// <summary>How a resolved set of mentions becomes the actor the collection shows: names, display name, type, articles, roles.</summary>
public sealed partial class EntityResolver
{
    /// <summary>
    /// An actor from its members (in node order, so in article order): every name with the number
    /// of articles that write it, the display name (the alias table's, else the full name the
    /// articles write most, then the longest), the type most members have, and its articles. One
    /// pass with plain counters: the largest actors (a country in thousands of articles) are
    /// described again whenever articles are added, so this runs over every mention.
    /// </summary>
    private static ResolvedEntity Describe(
        string id, List<int> members, List<Node> nodes, AliasTable.Group?[] tableGroup, EntityType[] typeOf, IReadOnlyList<DocumentDigest> documents, List<MergeEvidence> evidence)
    {
        var articlesOf = new Dictionary<string, (int Last, int Articles)>(StringComparer.Ordinal);
        var asName = new Dictionary<string, (int Count, bool Full)>(StringComparer.Ordinal);
        var types = new Dictionary<EntityType, int>();
        var articles = new List<int>();
        string? tableName = null;
        foreach (int n in members)
        {
            Node node = nodes[n];
            int d = node.Document;
            if (articles.Count == 0 || articles[^1] != d)
            {
                articles.Add(d);
            }
            tableName ??= tableGroup[n]?.Name;
            Count(node.Entity.Name, d);
            foreach (string alias in node.Entity.Aliases)
            {
                Count(alias, d);
            }
            asName[node.Entity.Name] = asName.TryGetValue(node.Entity.Name, out var seen) ? (seen.Count + 1, seen.Full) : (1, node.Full.Words.Length > 1);
            types[typeOf[n]] = types.GetValueOrDefault(typeOf[n]) + 1;
        }

        string display = tableName ?? asName
            .OrderByDescending(p => p.Value.Full)
            .ThenByDescending(p => p.Value.Count)
            .ThenByDescending(p => p.Key.Length)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .First().Key;
        EntityType type = types.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First().Key;
        return new ResolvedEntity(
            id,
            display,
            type,
            [.. articlesOf.Where(p => !string.Equals(p.Key, display, StringComparison.Ordinal))
                .OrderByDescending(p => p.Value.Articles).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)],
            [.. articles.Select(d => documents[d].Article.Id)],
            evidence,
            Roles(members, nodes, documents));

        void Count(string name, int document)
        {
            if (!articlesOf.TryGetValue(name, out var counted))
            {
                articlesOf[name] = (document, 1);
            }
            else if (counted.Last != document)
            {
                articlesOf[name] = (document, counted.Articles + 1);
            }
        }
    }

    /// <summary>An actor of one mention: as the general description makes it, without its grouping.</summary>
    private static ResolvedEntity Alone(string id, int index, List<Node> nodes, AliasTable.Group? table, EntityType type, IReadOnlyList<DocumentDigest> documents, List<MergeEvidence> evidence)
    {
        Node node = nodes[index];
        string display = table?.Name ?? node.Entity.Name;
        return new ResolvedEntity(
            id,
            display,
            type,
            [.. node.Entity.Aliases.Prepend(node.Entity.Name).Where(n => !string.Equals(n, display, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [documents[node.Document].Article.Id],
            evidence,
            Roles([index], nodes, documents));
    }

    /// <summary>
    /// The roles the articles give an actor, each under its most written form, with the years of
    /// the articles that give it; the role most articles give first.
    /// </summary>
    private static IReadOnlyList<ActorRole> Roles(List<int> members, List<Node> nodes, IReadOnlyList<DocumentDigest> documents)
    {
        if (!members.Exists(n => nodes[n].Roles.Length > 0))
        {
            return [];
        }
        return [.. members
            .SelectMany(n => nodes[n].Roles.Select(r => (Role: r, nodes[n].Document)))
            .GroupBy(p => p.Role.Key, StringComparer.Ordinal)
            .Select(g => new ActorRole(
                g.GroupBy(p => p.Role.Text, StringComparer.Ordinal).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key,
                [.. g.Select(p => Year(documents[p.Document])).OfType<int>().Distinct().Order()],
                g.Select(p => p.Document).Distinct().Count()))
            .OrderByDescending(r => r.Articles).ThenBy(r => r.Role, StringComparer.Ordinal)];
    }
}
