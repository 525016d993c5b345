namespace Marsad.Stories.Places;

/// <summary>
/// The places a sentence or a lead names, compared as an event's where: by collection id and by
/// the core of the name (<see cref="PlaceNames.Core"/>), each with the places it lies within. Two
/// sets are near when a place of one is a place of the other or lies within it (Baghdad and Iraq;
/// حي الشعلة named beside بغداد and بغداد); they are apart when both name places and none of their
/// most specific places (those no other place of the set lies within) is near the other's: an
/// attack in Baghdad and one in Basra, both in Iraq, are two places.
/// </summary>
internal sealed class PlaceSet
{
    private readonly HashSet<string> _places = new(StringComparer.Ordinal);
    private readonly HashSet<string> _within = new(StringComparer.Ordinal);
    private HashSet<string>? _specific;

    public int Count => _places.Count;

    /// <summary>Every key of the set (ids and cores), for indexing.</summary>
    public IReadOnlySet<string> Keys => _places;

    public bool Contains(string key) => _places.Contains(key);

    /// <summary>The cores' keys (the same for every article naming the place, whatever its id).</summary>
    public IEnumerable<string> Cores => _places.Where(p => p.StartsWith(CorePrefix, StringComparison.Ordinal));

    private const string CorePrefix = "place:";

    private const string SkeletonPrefix = "skeleton:";

    /// <summary>The keys of the places the shipped table puts <paramref name="coreKey"/> within.</summary>
    public static IEnumerable<string> ShippedWithin(string coreKey) =>
        coreKey.StartsWith(CorePrefix, StringComparison.Ordinal) ? PlaceNames.Within(coreKey[CorePrefix.Length..]).Select(c => CorePrefix + c) : [];

    /// <summary>Adds what <paramref name="learned"/> (<see cref="PlaceHierarchy.Learn"/>) puts the set's places within.</summary>
    public void Widen(IReadOnlyDictionary<string, string[]> learned)
    {
        ArgumentNullException.ThrowIfNull(learned);
        foreach (string core in Cores.ToList())
        {
            if (learned.TryGetValue(core, out string[]? containers))
            {
                _specific = null;
                _within.UnionWith(containers);
            }
        }
    }

    /// <summary>Adds a place by its collection id and its name.</summary>
    public void Add(string id, string name)
    {
        _specific = null;
        _places.Add(id);
        string core = PlaceNames.Core(name);
        if (core.Length > 0)
        {
            _places.Add(CorePrefix + core);
            if (PlaceNames.Skeleton(core) is { Length: >= 3 } skeleton)
            {
                // Transliterations differ in their long vowels (كيبك / كيبيك): the consonants meet.
                _places.Add(SkeletonPrefix + skeleton);
            }
            foreach (string container in PlaceNames.Within(core))
            {
                _within.Add(CorePrefix + container);
            }
        }
    }

    public void AddAll(PlaceSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _specific = null;
        _places.UnionWith(other._places);
        _within.UnionWith(other._within);
    }

    /// <summary>The names (cores) of the places both sets name, for a reader.</summary>
    public IEnumerable<string> SharedNames(PlaceSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Cores.Where(other._places.Contains).Select(c => c[CorePrefix.Length..]);
    }

    /// <summary>The names of this set's places that lie within one of the other's (حي الشعلة within بغداد), each as "place ⊂ container".</summary>
    public IEnumerable<string> WithinNames(PlaceSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Cores.Where(_within.Contains).Select(c => c[CorePrefix.Length..]);
    }

    /// <summary>Whether a place of one set is a place of the other.</summary>
    public bool Overlaps(PlaceSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _places.Overlaps(other._places);
    }

    /// <summary>Whether a place of one is a place of the other, or lies within one of its places.</summary>
    public bool Near(PlaceSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _places.Overlaps(other._places) || Specific().Overlaps(other._within) || other.Specific().Overlaps(_within);
    }

    /// <summary>Whether both name places and their most specific places are nowhere near each other.</summary>
    public bool Apart(PlaceSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (_places.Count == 0 || other._places.Count == 0)
        {
            return false;
        }
        HashSet<string> mine = Specific(), theirs = other.Specific();
        return !mine.Overlaps(theirs) && !mine.Overlaps(other._within) && !theirs.Overlaps(_within);
    }

    /// <summary>The places of the set that no other place of it lies within (worked out once: sets are compared far more often than built).</summary>
    private HashSet<string> Specific() => _specific ??= new HashSet<string>(_places.Where(p => !_within.Contains(p)), StringComparer.Ordinal);
}
