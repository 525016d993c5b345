using Marsad.Core.Analysis;
using Marsad.Core.Stories;
using Marsad.Stories.Places;
using Marsad.Text.Lexicons;

namespace Marsad.Stories.Timeline;

/// <summary>
/// The actors and places of one sentence, both as collection-wide ids and as folded names: two
/// sentences share an actor when either meets, so events still meet where resolution left one
/// actor under two ids but the sources spell it alike.
/// </summary>
internal sealed class EntityKeys
{
    private const string NamePrefix = "name:";

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly PlaceSet _places = new();
    private readonly List<string> _ids = [];

    public IReadOnlyList<string> Ids => _ids;

    public bool IsEmpty => _ids.Count == 0;

    /// <summary>The actors mentioned inside [start, end) of the document.</summary>
    public static EntityKeys InSpan(StoryDocument doc, int start, int end)
    {
        var keys = new EntityKeys();
        foreach (var mention in doc.Digest.Mentions)
        {
            if (mention.Start >= start && mention.End <= end)
            {
                keys.Add(doc, mention.Entity);
            }
        }

        return keys;
    }

    /// <summary>Adds the document's actor with local index <paramref name="local"/>; ignores an index out of range.</summary>
    public void Add(StoryDocument doc, int local)
    {
        if (local < 0 || local >= doc.Entities.Count || local >= doc.Digest.Entities.Count)
        {
            return;
        }

        string id = doc.EntityId(local);
        if (_keys.Add(id))
        {
            _ids.Add(id);
        }

        var entity = doc.Digest.Entities[local];
        string name = NameKey(entity.Name);
        _keys.Add(name);
        if (entity.Type == EntityType.Location)
        {
            _places.Add(id, entity.Name);
        }
    }

    public void AddAll(EntityKeys other)
    {
        foreach (string id in other._ids)
        {
            if (_keys.Add(id))
            {
                _ids.Add(id);
            }
        }

        _keys.UnionWith(other._keys);
        _places.AddAll(other._places);
    }

    public bool Overlaps(EntityKeys other) => _keys.Overlaps(other._keys);

    /// <summary>Whether both name places and none of them is near the other's (<see cref="PlaceSet.Apart"/>): then they tell of different events.</summary>
    public bool PlacesApart(EntityKeys other) => _places.Apart(other._places);

    /// <summary>The folded name a key of <see cref="NameKey"/> holds, for a reader; null for any other key (an actor id).</summary>
    public static string? NameOf(string key) =>
        key.StartsWith(NamePrefix, StringComparison.Ordinal) ? key[NamePrefix.Length..] : null;

    /// <summary>The key an actor's name gives, the same for every spelling variant.</summary>
    public static string NameKey(string name) => NamePrefix + FoldedLexicon<bool>.Fold(name);
}
