namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Feature key → weight row, as an open-addressed table with linear probing, fronted by a bit
/// filter. Keys are already well-mixed 64-bit hashes, so their low bits index the table and their
/// high bits the filter; most keys seen in new text (word pairs never met in training) are turned
/// away by the filter, which fits in cache, without touching the table. A hit costs one probe into
/// one array of (key, row) pairs. Read-only after construction, so safe to share between threads.
/// </summary>
internal sealed class WeightTable
{
    private readonly Slot[] _slots;
    private readonly ulong[] _filter;
    private readonly int _mask;
    private readonly int _filterShift;

    public WeightTable(IReadOnlyDictionary<ulong, int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int capacity = 16;
        while (capacity < rows.Count * 2)
        {
            capacity *= 2;
        }

        // About 16 filter bits per key: a miss passes the filter about 6 % of the time.
        int filterBits = 64;
        while (filterBits < rows.Count * 16)
        {
            filterBits *= 2;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _filter = new ulong[filterBits / 64];
        _filterShift = 64 - System.Numerics.BitOperations.Log2((uint)filterBits);
        foreach ((ulong key, int row) in rows)
        {
            ulong k = Stored(key);
            int i = (int)(k & (ulong)_mask);
            while (_slots[i].Key != 0)
            {
                i = (i + 1) & _mask;
            }

            _slots[i] = new Slot(k, row);
            ulong bit = k >> _filterShift;
            _filter[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    public bool TryGetRow(ulong key, out int row)
    {
        ulong k = Stored(key);
        ulong bit = k >> _filterShift;
        if ((_filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
        {
            row = -1;
            return false;
        }

        int i = (int)(k & (ulong)_mask);
        while (true)
        {
            ref readonly Slot slot = ref _slots[i];
            if (slot.Key == k)
            {
                row = slot.Row;
                return true;
            }

            if (slot.Key == 0)
            {
                row = -1;
                return false;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>0 marks an empty slot, so a key of 0 is stored as 1 (a collision of no consequence at 2⁻⁶⁴).</summary>
    private static ulong Stored(ulong key) => key == 0 ? 1 : key;

    private readonly record struct Slot(ulong Key, int Row);
}
