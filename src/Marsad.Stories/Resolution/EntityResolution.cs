namespace Marsad.Stories.Resolution;

/// <summary>
/// The resolver's result: the collection's actors, and for each document (by input position) the
/// collection id of each of its local actors.
/// </summary>
public sealed record EntityResolution(IReadOnlyList<ResolvedEntity> Entities, IReadOnlyList<IReadOnlyList<string>> DocumentEntities)
{
    /// <summary>The actors named <paramref name="nameOrId"/> (an id, or any of their names, compared as the resolver compares them).</summary>
    public IReadOnlyList<ResolvedEntity> Find(string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        if (Entities.FirstOrDefault(e => string.Equals(e.Id, nameOrId.Trim(), StringComparison.Ordinal)) is { } byId)
        {
            return [byId];
        }
        var form = NameForm.Of(nameOrId);
        string key = form.SpellingKey;
        return form.IsEmpty ? [] : [.. Entities.Where(e => e.Aliases.Prepend(e.Name).Any(a => string.Equals(NameForm.Of(a).SpellingKey, key, StringComparison.Ordinal)))];
    }
}
