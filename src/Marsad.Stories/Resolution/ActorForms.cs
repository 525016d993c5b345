using Marsad.Core.Analysis;
using Marsad.Core.Digests;
using Marsad.Text.Names;

namespace Marsad.Stories.Resolution;

/// <summary>
/// One article actor's names as the resolver compares them: its display name folded, and every
/// non-empty form it is written in (display name first). Read from the article alone, so a builder
/// keeps them for every article it has seen.
/// </summary>
internal sealed record ActorForms(NameForm Full, NameForm[] Forms)
{
    /// <summary>The forms of each of the article's actors, by local id.</summary>
    public static ActorForms[] Of(DocumentDigest analysis, Func<string, NameForm> fold)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(fold);
        var forms = new ActorForms[analysis.Entities.Count];
        foreach (LocalEntity entity in analysis.Entities)
        {
            NameForm full = fold(entity.Name);
            forms[entity.Id] = new ActorForms(full, [.. entity.Aliases.Select(fold).Prepend(full).Where(f => !f.IsEmpty)]);
        }

        return forms;
    }
}
