using System.Collections.Concurrent;

namespace Marsad.Stories;

/// <summary>
/// What a collection stage reads from one article alone (its MinHash signature, its word counts,
/// its events and count claims), kept from one build to the next so that a grown collection reads
/// only its new articles. Keys compare by reference unless told otherwise: an analysis, or a
/// document with its resolved ids, stands for exactly the input its reading came from, and a
/// changed input is a new object.
/// Each build starts a generation (<see cref="NextGeneration"/>); a reading the build did not ask
/// for is dropped at the next one, so the memory holds one collection's readings, not the history
/// of every collection the builder has seen. Safe for the stages' parallel readers.
/// </summary>
/// <param name="comparer">How keys compare; by reference when not given.</param>
internal sealed class Memo<TKey, TValue>(IEqualityComparer<TKey>? comparer = null)
    where TKey : class
{
    private readonly IEqualityComparer<TKey> _comparer = comparer ?? ReferenceEqualityComparer.Instance;
    private ConcurrentDictionary<TKey, TValue> _current = new(comparer ?? ReferenceEqualityComparer.Instance);
    private ConcurrentDictionary<TKey, TValue> _previous = new(comparer ?? ReferenceEqualityComparer.Instance);

    /// <summary>Readings from now on belong to a new build; the last build's are kept only when asked for again.</summary>
    public void NextGeneration()
    {
        _previous = _current;
        _current = new(_comparer);
    }

    /// <summary>The reading of <paramref name="key"/>, read once per generation, and carried over from the last one when it holds it.</summary>
    public TValue Get(TKey key, Func<TKey, TValue> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (_current.TryGetValue(key, out TValue? value))
        {
            return value;
        }

        if (!_previous.TryGetValue(key, out value))
        {
            value = read(key);
        }

        _current[key] = value;
        return value;
    }

    /// <summary>A reading made in this generation or the last one, without reading anything.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        if (_current.TryGetValue(key, out value!) || _previous.TryGetValue(key, out value!))
        {
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> as this generation's reading of <paramref name="key"/>.</summary>
    public void Set(TKey key, TValue value) => _current[key] = value;

    /// <summary>Forgets everything: the readings depend on something that changed (the question a stance is read against).</summary>
    public void Clear()
    {
        _current.Clear();
        _previous.Clear();
    }
}
