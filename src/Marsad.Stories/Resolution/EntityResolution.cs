using Marsad.Core.Analysis;
using Marsad.Core.Stories;
using Marsad.Text.Names;

namespace Marsad.Stories.Resolution;

/// <summary>
/// The resolver's result: the collection's actors, and for each document (by input position) the
/// collection id of each of its local actors.
/// </summary>
public sealed record EntityResolution(IReadOnlyList<ResolvedEntity> Entities, IReadOnlyList<IReadOnlyList<string>> DocumentEntities)
{
    /// <summary>The actors named <paramref name="nameOrId"/> (an id, or any of their names, compared as the resolver compares them; else the actors the name is a short form of).</summary>
    public IReadOnlyList<ResolvedEntity> Find(string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        if (Entities.FirstOrDefault(e => string.Equals(e.Id, nameOrId.Trim(), StringComparison.Ordinal)) is { } byId)
        {
            return [byId];
        }
        var form = NameForm.Of(nameOrId);
        if (form.IsEmpty)
        {
            return [];
        }
        string key = form.SpellingKey;
        // Every name of every actor is folded to compare: a whole store's worth, on all cores.
        List<ResolvedEntity> named = [.. Entities.AsParallel().AsOrdered()
            .Where(e => e.Aliases.Prepend(e.Name).Any(a => string.Equals(NameForm.Of(a).SpellingKey, key, StringComparison.Ordinal)))];
        // A short form the articles never used alone ("السوداني") still finds the actors it can shorten.
        return named.Count > 0
            ? named
            : [.. Entities.AsParallel().AsOrdered().Where(e => e.Aliases.Prepend(e.Name).Any(a => NameForm.Of(a).Words is { } words && words.Length > form.Words.Length
                && NameShortening.Shortens(form.Words, words, e.Type)))];
    }
}
