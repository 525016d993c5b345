using System.Globalization;
using Marsad.Core.Analysis;
using Marsad.Core.Stories;
using Marsad.Core.Digests;
using Marsad.Text.Names;

namespace Marsad.Stories.Resolution;

/// <summary>
/// Cross-document entity resolution: every article's actors (already linked within the article)
/// become the collection's actors, one per real actor under all its names. Rules, strongest first,
/// each leaving evidence for <c>marsad why</c>:
/// the user's same-as corrections; the alias table; the same name with the same type; the same
/// letters in another order (<see cref="NameForm.SpellingKey"/>); and a short form that fits
/// exactly one full name of the same type in the collection (or one named in at least
/// <see cref="DominantShare"/> times as many articles as any other), with the article-level rule of
/// <see cref="NameShortening.Shortens"/> (a person by a given or family name, an organisation by
/// the start of its name, a place never), named within a year of it (time is evidence: the
/// family name of a 2010 article is not the prime minister of 2024). Roles are evidence too
/// (read with each article, <see cref="RoleHolders"/>): a short form that fits several full names
/// goes to the one that holds the role its articles give it in the same year, and never to a full
/// name when another full name holds that role that year; a role alone never joins two names, so
/// two prime ministers of different years stay apart. Different types never merge
/// by name, so مقتدى الصدر (PER) and مدينة الصدر (LOC) stay apart; two full names that differ in a
/// word never merge (إيفانكا ترامب, دونالد ترامب); the user's not-same corrections block any merge
/// that would join them.
/// Pure: the same input gives the same ids.
/// </summary>
public sealed partial class EntityResolver(AliasTable aliases, Corrections corrections)
{
    /// <summary>
    /// A short form shared by several full names goes to the one named this many times as often
    /// as the next: "ترامب" is Donald Trump in a collection that names his daughter once.
    /// </summary>
    public const int DominantShare = 4;

    public EntityResolution Resolve(IReadOnlyList<DocumentDigest> documents)
    {
        // The same names recur across thousands of articles (البنتاغون, بغداد): each spelling is folded once.
        var folded = new System.Collections.Concurrent.ConcurrentDictionary<string, NameForm>(StringComparer.Ordinal);
        Func<string, NameForm> fold = name => folded.GetOrAdd(name, NameForm.Of);
        return Resolve(documents, a => ActorForms.Of(a, fold), Roles);
    }

    /// <summary>An article's roles per actor, as its digest read them (<c>RoleReader</c> in extraction).</summary>
    internal static RoleReading[][] Roles(DocumentDigest digest) => [.. digest.Roles.Select(r => r as RoleReading[] ?? [.. r])];

    /// <param name="readForms">An article's actors' folded names: <see cref="ActorForms.Of"/>, or a builder's memory of it.</param>
    /// <param name="readRoles">An article's roles per actor: <see cref="Roles(DocumentDigest)"/>, or a builder's memory of it.</param>
    internal EntityResolution Resolve(IReadOnlyList<DocumentDigest> documents, Func<DocumentDigest, ActorForms[]> readForms, Func<DocumentDigest, RoleReading[][]> readRoles)
    {
        ArgumentNullException.ThrowIfNull(documents);
        // Each article's names are folded, and its roles read next to each person's mentions, one article per core.
        var forms = new ActorForms[documents.Count][];
        Parallel.For(0, documents.Count, d => forms[d] = readForms(documents[d]));
        var roles = new RoleReading[documents.Count][][];
        Parallel.For(0, documents.Count, d => roles[d] = readRoles(documents[d]));

        var nodes = new List<Node>();
        var nodeOf = new int[documents.Count][];
        for (int d = 0; d < documents.Count; d++)
        {
            IReadOnlyList<LocalEntity> entities = documents[d].Entities;
            nodeOf[d] = new int[entities.Count];
            foreach (LocalEntity entity in entities)
            {
                nodeOf[d][entity.Id] = nodes.Count;
                nodes.Add(new Node(d, entity, forms[d][entity.Id], roles[d][entity.Id]));
            }
        }

        var sets = new DisjointSets(nodes.Count);
        var log = new EvidenceLog();
        var tableGroup = new AliasTable.Group?[nodes.Count];
        var typeOf = new EntityType[nodes.Count];
        for (int n = 0; n < nodes.Count; n++)
        {
            typeOf[n] = nodes[n].Entity.Type;
            foreach (NameForm form in nodes[n].Forms)
            {
                if (aliases.TryFind(form, out var group))
                {
                    tableGroup[n] = group;
                    typeOf[n] = group.Type;
                    break;
                }
            }
        }

        ILookup<string, int> byKey = corrections.IsEmpty
            ? Array.Empty<(string Key, int N)>().ToLookup(p => p.Key, p => p.N, StringComparer.Ordinal)
            : nodes.Select((node, n) => (node, n))
                .SelectMany(p => p.node.Forms.Select(f => (f.Key, p.n)))
                .ToLookup(p => p.Key, p => p.n, StringComparer.Ordinal);
        foreach (var (name, type) in corrections.Types)
        {
            foreach (int n in byKey[NameForm.Of(name).Key])
            {
                typeOf[n] = type;
            }
        }
        foreach (var (a, b) in corrections.NotSame)
        {
            foreach (int x in byKey[NameForm.Of(a).Key])
            {
                foreach (int y in byKey[NameForm.Of(b).Key])
                {
                    sets.KeepApart(x, y);
                }
            }
        }
        foreach (var (a, b) in corrections.SameAs)
        {
            int[] members = [.. byKey[NameForm.Of(a).Key], .. byKey[NameForm.Of(b).Key]];
            for (int k = 1; k < members.Length; k++)
            {
                if (sets.Union(members[0], members[k]))
                {
                    log.Add(members[0], MergeRules.Correction, a, b, "same-as line of the corrections file");
                }
            }
        }

        JoinBy(nodes, sets, log, n => tableGroup[n] is { } g ? (default, g.Origin) : null, MergeRules.Alias,
            (n, first) => $"alias table line {tableGroup[n]!.Origin}: {string.Join(" = ", tableGroup[n]!.Names)}");
        JoinBy(nodes, sets, log, n => (typeOf[n], nodes[n].Full.Key), MergeRules.SameName, (_, _) => "the same name and type in several articles");
        JoinBy(nodes, sets, log, n => (typeOf[n], nodes[n].Full.SpellingKey), MergeRules.Spelling, (_, _) => "the same letters in another order");
        JoinShortForms(nodes, sets, log, typeOf, documents);

        return Build(documents, nodes, nodeOf, sets, log, tableGroup, typeOf);
    }

    /// <summary>Joins the nodes that share a key; one piece of evidence per distinct pair of names.</summary>
    /// <param name="key">A node's key: its type and a name key (a tuple, not a joined string, as ~400,000 nodes go through it); null to leave the node out.</param>
    private static void JoinBy(List<Node> nodes, DisjointSets sets, EvidenceLog log, Func<int, (EntityType, string)?> key, string rule, Func<int, int, string> detail)
    {
        var first = new Dictionary<(EntityType, string), int>();
        for (int n = 0; n < nodes.Count; n++)
        {
            if (key(n) is not { } k || nodes[n].Full.IsEmpty)
            {
                continue;
            }
            if (!first.TryGetValue(k, out int f))
            {
                first.Add(k, n);
            }
            else if (sets.Union(f, n))
            {
                // The same name joining across articles is worth one line (whichever rule joined
                // it first); other rules, one per pair of different names.
                bool sameName = string.Equals(nodes[f].Entity.Name, nodes[n].Entity.Name, StringComparison.Ordinal);
                if (sameName && nodes[f].Document != nodes[n].Document)
                {
                    log.Add(f, MergeRules.SameName, nodes[f].Entity.Name, nodes[n].Entity.Name, "the same name and type in several articles");
                }
                else if (!sameName)
                {
                    log.Add(f, rule, nodes[f].Entity.Name, nodes[n].Entity.Name, detail(n, f));
                }
            }
        }
    }

    private static void JoinShortForms(List<Node> nodes, DisjointSets sets, EvidenceLog log, EntityType[] typeOf, IReadOnlyList<DocumentDigest> documents)
    {
        // Each set's members in node order, and an index from every start and end of a full name to the sets that hold it.
        var clusters = new Dictionary<int, List<int>>();
        for (int n = 0; n < nodes.Count; n++)
        {
            int root = sets.Find(n);
            if (!clusters.TryGetValue(root, out var list))
            {
                clusters.Add(root, list = []);
            }
            list.Add(n);
        }
        var starts = new Dictionary<(EntityType, string), HashSet<int>>();
        var ends = new Dictionary<(EntityType, string), HashSet<int>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (root, members) in clusters)
        {
            // Once per distinct name of the set: most of its members repeat one name.
            seen.Clear();
            foreach (int n in members)
            {
                NameForm full = nodes[n].Full;
                if (full.Words.Length < 2 || !seen.Add(full.Key))
                {
                    continue;
                }
                EntityType mark = typeOf[n];
                foreach (string start in full.StartKeys)
                {
                    Add(starts, (mark, start), root);
                }
                foreach (string end in full.EndKeys)
                {
                    Add(ends, (mark, end), root);
                }
            }
        }

        // Who holds each office in each year, among the full names: for and against a short form's merge.
        var roleHolders = RoleHolders.Of(clusters, nodes.Select(n => n.Roles).ToArray(), nodes.Select(n => Year(documents[n.Document])).ToArray(),
            root => nodes[clusters[root].MaxBy(n => nodes[n].Full.Words.Length)].Full.Words.Length > 1, sets.Find);

        // Shortest first, so a short form meets every full name before any of them grows.
        foreach (var (root, members) in clusters.OrderBy(c => c.Value.Max(n => nodes[n].Full.Words.Length)).ThenBy(c => c.Key))
        {
            // The first of the members with the most words (members are in node order).
            int longest = members[0];
            foreach (int n in members)
            {
                if (nodes[n].Full.Words.Length > nodes[longest].Full.Words.Length)
                {
                    longest = n;
                }
            }
            NameForm form = nodes[longest].Full;
            EntityType type = typeOf[longest];
            if (form.IsEmpty || type == EntityType.Location)
            {
                continue;
            }
            (EntityType, string) key = (type, form.Key);
            starts.TryGetValue(key, out var s);
            HashSet<int>? e = null;
            if (type == EntityType.Person)
            {
                ends.TryGetValue(key, out e);
            }
            if (s is null && e is null)
            {
                continue;
            }
            var candidates = new HashSet<int>(s ?? []);
            if (e is not null)
            {
                candidates.UnionWith(e);
            }
            candidates.Remove(root);
            // The index finds starts and ends; the article-level rule decides (no lone particle such as أبو).
            candidates.RemoveWhere(c => !clusters[c].Any(n => nodes[n].Full.Words.Length > form.Words.Length && NameShortening.Shortens(form.Words, nodes[n].Full.Words, type)));
            // Time is evidence too: a family name in a 2010 article is not the prime minister named in 2024.
            candidates.RemoveWhere(c => !Contemporary(members, clusters[c], nodes, documents));
            var ranked = candidates
                .Select(c => (Root: c, Articles: clusters[c].Select(n => nodes[n].Document).Distinct().Count()))
                .OrderByDescending(c => c.Articles).ThenBy(c => c.Root).ToList();
            if (ranked.Count == 0)
            {
                continue;
            }
            var shortRoles = roleHolders.RolesOf(members);
            int chosen;
            string detail;
            if (ranked.Count > 1 && roleHolders.SharedWithOne(shortRoles, ranked.Select(r => r.Root)) is { } byRole)
            {
                // An office and a year name one holder: the role decides where counts cannot.
                chosen = byRole.Root;
                detail = string.Create(CultureInfo.InvariantCulture, $"fits {ranked.Count} full names; only this one is also called {byRole.Role} in {byRole.Year}, as the short form is");
            }
            else if (ranked.Count > 1 && ranked[0].Articles < DominantShare * ranked[1].Articles)
            {
                continue;
            }
            else
            {
                chosen = ranked[0].Root;
                detail = ranked.Count == 1
                    ? "the only full name of this type in the collection that the short form fits"
                    : string.Create(CultureInfo.InvariantCulture, $"fits {ranked.Count} full names; this one is named in {ranked[0].Articles} articles, the next in {ranked[1].Articles}");
            }
            // The short form's office that year is another full name's, never the chosen one's: keep apart.
            if (roleHolders.HeldByAnotherOnly(shortRoles, chosen, root))
            {
                continue;
            }
            int target = clusters[chosen].OrderByDescending(n => nodes[n].Full.Words.Length).ThenBy(n => n).First();
            if (sets.Union(target, longest))
            {
                log.Add(target, MergeRules.ShortForm, nodes[target].Entity.Name, nodes[longest].Entity.Name, detail);
            }
        }

        static void Add(Dictionary<(EntityType, string), HashSet<int>> index, (EntityType, string) key, int root)
        {
            if (!index.TryGetValue(key, out var set))
            {
                index.Add(key, set = []);
            }
            set.Add(root);
        }
    }

    private static int? Year(DocumentDigest a) => a.Article.Published?.Date.Year;

    /// <summary>Years apart that a short form and its full name may still be one actor's.</summary>
    private const int YearsApart = 1;

    /// <summary>
    /// Whether two sets of mentions come from the same years: an undated article fits any year;
    /// otherwise some article of one is within <see cref="YearsApart"/> year of some article of the other.
    /// </summary>
    private static bool Contemporary(List<int> shortForm, List<int> full, List<Node> nodes, IReadOnlyList<DocumentDigest> documents)
    {
        var years = new HashSet<int>();
        foreach (int n in shortForm)
        {
            if (Year(documents[nodes[n].Document]) is not { } year)
            {
                return true;
            }
            years.Add(year);
        }
        foreach (int n in full)
        {
            if (Year(documents[nodes[n].Document]) is not { } year || years.Any(y => Math.Abs(y - year) <= YearsApart))
            {
                return true;
            }
        }
        return false;
    }

    private static EntityResolution Build(IReadOnlyList<DocumentDigest> documents, List<Node> nodes, int[][] nodeOf, DisjointSets sets, EvidenceLog log, AliasTable.Group?[] tableGroup, EntityType[] typeOf)
    {
        // An actor's id is its first mention's place among all the articles' actors (article, then the
        // article's own order): ids follow first appearance, and an actor keeps its id when articles are
        // added after it — only a merge with an earlier actor gives it that actor's id.
        var idOfRoot = new Dictionary<int, string>();
        var membersOf = new Dictionary<int, List<int>>();
        for (int n = 0; n < nodes.Count; n++)
        {
            int root = sets.Find(n);
            if (!membersOf.TryGetValue(root, out var list))
            {
                membersOf.Add(root, list = []);
                idOfRoot.Add(root, "e" + (n + 1).ToString(CultureInfo.InvariantCulture));
            }
            list.Add(n);
        }
        var evidence = log.ByRoot(sets);
        // Each actor is described from its own members alone: on all cores, in id order.
        var groups = membersOf.ToArray();
        var described = new ResolvedEntity[groups.Length];
        Parallel.For(0, groups.Length, g =>
        {
            var (root, members) = groups[g];
            if (members.Count == 1)
            {
                // Most actors are named in one article once: described without the grouping below.
                described[g] = Alone(idOfRoot[root], members[0], nodes, tableGroup[members[0]], typeOf[members[0]], documents, evidence.TryGetValue(root, out var own) ? own : []);
                return;
            }

            described[g] = Describe(idOfRoot[root], members, nodes, tableGroup, typeOf, documents, evidence.TryGetValue(root, out var found) ? found : []);
        });
        var perDocument = nodeOf.Select(ids => (IReadOnlyList<string>)[.. ids.Select(n => idOfRoot[sets.Find(n)])]).ToList();
        return new EntityResolution(described, perDocument);
    }

    private sealed class Node(int document, LocalEntity entity, ActorForms forms, RoleReading[] roles)
    {
        public int Document { get; } = document;

        /// <summary>The roles the article gives this actor (from its digest); empty for most.</summary>
        public RoleReading[] Roles { get; } = roles;

        public LocalEntity Entity { get; } = entity;

        public NameForm Full { get; } = forms.Full;

        /// <summary>The display name and the article's other forms of it.</summary>
        public IReadOnlyList<NameForm> Forms { get; } = forms.Forms;
    }

    /// <summary>Merge evidence, deduplicated by rule and names, gathered per final actor at the end.</summary>
    private sealed class EvidenceLog
    {
        private readonly List<(int Node, MergeEvidence Evidence)> _items = [];
        private readonly HashSet<(string, string, string)> _seen = [];

        public void Add(int node, string rule, string name, string other, string detail)
        {
            if (_seen.Add((rule, name, other)))
            {
                _items.Add((node, new MergeEvidence(rule, name, other, detail)));
            }
        }

        public Dictionary<int, List<MergeEvidence>> ByRoot(DisjointSets sets) => _items
            .GroupBy(i => sets.Find(i.Node))
            .ToDictionary(g => g.Key, g => g.Select(i => i.Evidence).ToList());
    }
}
