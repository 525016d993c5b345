using System.Buffers;

namespace Marsad.Text.Normalization;

/// <summary>Pooled output buffers for one normalisation; return them with <see cref="Dispose"/>.</summary>
internal struct FoldBuffer : IDisposable
{
    public FoldBuffer(int capacity, bool withMap)
    {
        capacity = Math.Max(capacity, 16);
        Chars = ArrayPool<char>.Shared.Rent(capacity);
        Map = withMap ? ArrayPool<int>.Shared.Rent(Chars.Length + 1) : [];
    }

    public char[] Chars { get; private set; }

    /// <summary>
    /// Original index per output character, with room for the end entry after the last one; empty
    /// when offsets are not wanted.
    /// </summary>
    public int[] Map { get; private set; }

    /// <summary>Grows to at least <paramref name="capacity"/>, keeping the first <paramref name="used"/> entries.</summary>
    public void Grow(int capacity, int used)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(capacity);
        Chars.AsSpan(0, used).CopyTo(chars);
        ArrayPool<char>.Shared.Return(Chars);
        Chars = chars;
        if (Map.Length > 0)
        {
            int[] map = ArrayPool<int>.Shared.Rent(chars.Length + 1);
            Map.AsSpan(0, used).CopyTo(map);
            ArrayPool<int>.Shared.Return(Map);
            Map = map;
        }
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(Chars);
        if (Map.Length > 0)
        {
            ArrayPool<int>.Shared.Return(Map);
        }

        Chars = [];
        Map = [];
    }
}
