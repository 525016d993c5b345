namespace Marsad.Extraction.Entities.Recognition;

/// <summary>
/// Feature key → weight row, as an open-addressed table with linear probing. Keys are already
/// well-mixed 64-bit hashes, so their low bits index the table directly; a lookup is one or two
/// probes into two flat arrays, which is what keeps tagging at hundreds of thousands of tokens a second.
/// Read-only after construction, so safe to share between threads.
/// </summary>
internal sealed class WeightTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public WeightTable(IReadOnlyDictionary<ulong, int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int capacity = 16;
        while (capacity < rows.Count * 2)
        {
            capacity *= 2;
        }

        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        foreach ((ulong key, int row) in rows)
        {
            ulong k = Stored(key);
            int i = (int)(k & (ulong)_mask);
            while (_keys[i] != 0)
            {
                i = (i + 1) & _mask;
            }

            _keys[i] = k;
            _rows[i] = row;
        }
    }

    public bool TryGetRow(ulong key, out int row)
    {
        ulong k = Stored(key);
        int i = (int)(k & (ulong)_mask);
        while (true)
        {
            ulong found = _keys[i];
            if (found == k)
            {
                row = _rows[i];
                return true;
            }

            if (found == 0)
            {
                row = -1;
                return false;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>0 marks an empty slot, so a key of 0 is stored as 1 (a collision of no consequence at 2⁻⁶⁴).</summary>
    private static ulong Stored(ulong key) => key == 0 ? 1 : key;
}
