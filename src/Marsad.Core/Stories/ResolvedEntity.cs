using Marsad.Core.Analysis;

namespace Marsad.Core.Stories;

/// <summary>
/// One actor across the collection: its id, display name, type, every name the articles use for
/// it, the articles that name it, the evidence of each merge that made it (for <c>marsad why</c>),
/// and the roles the articles give it with their years (<see cref="ActorRole"/>), most given first.
/// </summary>
public sealed record ResolvedEntity(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Documents,
    IReadOnlyList<MergeEvidence> Evidence,
    IReadOnlyList<ActorRole> Roles);
