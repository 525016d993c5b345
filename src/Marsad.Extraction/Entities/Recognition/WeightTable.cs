using System.Runtime.InteropServices;

namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Feature key → weight row, as an open-addressed table with linear probing, fronted by a bit
/// filter. Keys are already well-mixed 64-bit hashes, so their low bits index the table and their
/// high bits the filter; most keys seen in new text (word pairs never met in training) are turned
/// away by the filter, which fits in cache, without touching the table. Each slot holds its key
/// and its row of weights side by side (48 bytes for nine classes), so a hit costs one cache
/// miss, not one for the key and another for a separate weight array: tagging is bound by these
/// misses. (Half floats would halve the slots but cost a conversion per weight on every hit.)
/// Read-only after construction, so safe to share between threads.
/// </summary>
internal sealed class WeightTable
{
    private readonly ulong[] _slots;
    private readonly ulong[] _filter;
    private readonly int _mask;
    private readonly int _filterShift;
    private readonly int _stride;
    private readonly int _classes;

    /// <param name="rows">Key → row index into <paramref name="weights"/>.</param>
    /// <param name="weights">Rows × <paramref name="classes"/>, row-major.</param>
    public WeightTable(IReadOnlyDictionary<ulong, int> rows, ReadOnlySpan<float> weights, int classes)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classes);
        _classes = classes;

        // One ulong for the key, then the weights, two floats to a ulong.
        _stride = 1 + ((classes + 1) / 2);

        // Linear probing stays short below about two-thirds full.
        int capacity = 16;
        while (capacity * 2 < rows.Count * 3)
        {
            capacity *= 2;
        }

        // About 16 filter bits per key: a miss passes the filter about 6 % of the time.
        int filterBits = 64;
        while (filterBits < rows.Count * 16)
        {
            filterBits *= 2;
        }

        _slots = new ulong[capacity * _stride];
        _mask = capacity - 1;
        _filter = new ulong[filterBits / 64];
        _filterShift = 64 - System.Numerics.BitOperations.Log2((uint)filterBits);
        foreach ((ulong key, int row) in rows)
        {
            ulong k = Stored(key);
            int i = (int)(k & (ulong)_mask);
            while (_slots[i * _stride] != 0)
            {
                i = (i + 1) & _mask;
            }

            _slots[i * _stride] = k;
            weights.Slice(row * classes, classes).CopyTo(MemoryMarshal.Cast<ulong, float>(_slots.AsSpan((i * _stride) + 1, _stride - 1)));

            ulong bit = k >> _filterShift;
            _filter[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    /// <summary>Adds the weights of <paramref name="key"/>, if it has any, into <paramref name="scores"/>.</summary>
    public void Add(ulong key, Span<float> scores)
    {
        ulong k = Stored(key);
        ulong bit = k >> _filterShift;
        if ((_filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
        {
            return;
        }

        int i = (int)(k & (ulong)_mask);
        while (true)
        {
            ulong stored = _slots[i * _stride];
            if (stored == k)
            {
                ReadOnlySpan<float> w = MemoryMarshal.Cast<ulong, float>(_slots.AsSpan((i * _stride) + 1, _stride - 1));
                Span<float> s = scores[.._classes];
                for (int c = 0; c < s.Length; c++)
                {
                    s[c] += w[c];
                }

                return;
            }

            if (stored == 0)
            {
                return;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>0 marks an empty slot, so a key of 0 is stored as 1 (a collision of no consequence at 2⁻⁶⁴).</summary>
    private static ulong Stored(ulong key) => key == 0 ? 1 : key;
}
