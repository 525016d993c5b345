using Marsad.Core.Stories;
using Marsad.Stories.Resolution;
using Marsad.Stories.Timeline;
using Marsad.Core.Digests;

namespace Marsad.Stories.Claims;

/// <summary>
/// Who is held responsible, compared per reported attack: for each timeline entry of an attack,
/// explosion (not an air strike, see <see cref="Kinds"/>), every source's sentence — and the next few sentences of its article that
/// still speak of an attack (the claim of responsibility usually follows the report) — is read
/// with <see cref="AttributionReader"/>; two sources that name actors with nothing in common (one
/// says the Islamic State claimed it, the other that the government blames the PKK) make a
/// <c>conflict</c>. Reading per event keeps two attacks of one story, on different days or in
/// different places, from being set against each other; the timeline has already left duplicates out.
/// </summary>
internal static class AttributionConflicts
{
    public const string Topic = "المسؤول عن الهجوم";

    /// <summary>How many sentences after the report may still tell who did it.</summary>
    private const int FollowingSentences = 2;

    /// <summary>
    /// Attacks and explosions only: who carried out an air strike is rarely in doubt, and outlets
    /// name the same air force differently ("قوات الاحتلال" and "الجيش الإسرائيلي" share no word),
    /// which would read as a disagreement on every strike.
    /// </summary>
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal) { EventKinds.Explosion, EventKinds.Attack };

    public static IReadOnlyList<Conflict> Find(
        IReadOnlyList<TimelineEntry> timeline, IReadOnlyList<StoryDocument> documents, IReadOnlyList<ResolvedEntity> entities, AliasTable aliases)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(aliases);
        var byId = DocumentScope.ById(documents);

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            names.TryAdd(entity.Id, entity.Name);
        }

        var found = new List<Conflict>();
        foreach (TimelineEntry entry in timeline)
        {
            if (entry.Kind is not { } kind || !Kinds.Contains(kind) || entry.Status != "happened" || entry.Evidence.Count < 2
                || !entry.Evidence.All(e => byId.ContainsKey(e.Document)))
            {
                continue;
            }

            var sources = entry.Evidence
                .Select(e => Read(entry, e, byId[e.Document], names, aliases))
                .Where(s => s.Actors.Count > 0)
                .DistinctBy(s => s.Source)
                .ToList();
            var disputed = sources.Where(s => sources.Exists(o => o.Source != s.Source && !ActorNames.Meet(o.Names, s.Names))).ToList();
            if (disputed.Count < 2)
            {
                continue;
            }

            found.Add(new Conflict(Topic, "conflict", [.. disputed.SelectMany(s => s.Actors)]));
        }

        return found;
    }

    /// <summary>One source's culprits for the entry: its claims, and their names for <see cref="ActorNames.Meet"/>.</summary>
    private static (string Source, List<Claim> Actors, List<string> Names) Read(
        TimelineEntry entry, Evidence evidence, StoryDocument doc, Dictionary<string, string> resolved, AliasTable aliases)
    {
        string source = doc.Article.Outlet ?? "doc:" + doc.Id;
        var claims = new List<Claim>();
        var names = new List<string>();
        string? asOf = entry.Date ?? doc.Article.Published?.DateIso;
        foreach ((int start, int end) in Sentences(entry, evidence, doc))
        {
            foreach (Attribution attribution in AttributionReader.Read(doc, start, end, aliases))
            {
                // The collection's name for a tagged actor, so sources that spell it apart still show one name.
                string name = attribution.Local is int local && local < doc.Entities.Count && resolved.TryGetValue(doc.EntityId(local), out string? display)
                    ? display
                    : attribution.Name;
                if (ActorNames.Meet(names, [name]))
                {
                    continue;
                }

                names.Add(name);
                claims.Add(new Claim(new Evidence(doc.Id, start, end), name, asOf, doc.Article.Outlet));
            }
        }

        return (source, claims, names);
    }

    /// <summary>
    /// The report's sentence and the few after it, less any that carries a date outside the
    /// event's (وكان التنظيم قد تبنى هجوما مماثلا في مارس 2017 speaks of another attack).
    /// </summary>
    private static IEnumerable<(int Start, int End)> Sentences(TimelineEntry entry, Evidence evidence, StoryDocument doc)
    {
        yield return (evidence.Start, evidence.End);
        int taken = 0;
        foreach ((int start, int end, _) in doc.Digest.Sentences)
        {
            if (start < evidence.End)
            {
                continue;
            }

            if (taken++ == FollowingSentences)
            {
                yield break;
            }

            bool otherDate = entry.Date is { } date && doc.Digest.Dates.Any(d => d.Start >= start && d.End <= end
                && d.Value is { } v && IsoDates.FirstDay(v) is not null && !IsoDates.Compatible(v, date));
            if (!otherDate)
            {
                yield return (start, end);
            }
        }
    }
}
