using System.Collections;

namespace Marsad.Core.Digests;

/// <summary>
/// An article's sentences with their stems (<see cref="SentenceStems"/>), kept as three flat arrays
/// rather than an object per sentence: a store's digests hold a million sentences, and the
/// collector pays for every object it must trace.
/// </summary>
public sealed class SentenceTable : IReadOnlyList<SentenceStems>
{
    private readonly int[] _spans;
    private readonly int[] _stemEnds;

    /// <param name="spans">Start and end of each sentence, in pairs.</param>
    /// <param name="stemEnds">Where each sentence's stems end in <paramref name="stems"/> (they start where the last one's end).</param>
    /// <param name="stems">Every sentence's stems, one run after another.</param>
    /// <exception cref="ArgumentException">The arrays do not fit together.</exception>
    public SentenceTable(int[] spans, int[] stemEnds, ulong[] stems)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(stemEnds);
        ArgumentNullException.ThrowIfNull(stems);
        if (spans.Length != 2 * stemEnds.Length || (stemEnds.Length > 0 && stemEnds[^1] != stems.Length)
            || stemEnds.Where((end, i) => end < (i == 0 ? 0 : stemEnds[i - 1])).Any())
        {
            throw new ArgumentException("A sentence table's spans, stem ends and stems do not fit together.");
        }
        _spans = spans;
        _stemEnds = stemEnds;
        Stems = stems;
    }

    public static SentenceTable Empty { get; } = new([], [], []);

    /// <summary>Every sentence's stems, one run after another (what a store writes).</summary>
    public ulong[] Stems { get; }

    public int Count => _stemEnds.Length;

    public SentenceStems this[int index]
    {
        get
        {
            int from = index == 0 ? 0 : _stemEnds[index - 1];
            return new SentenceStems(_spans[2 * index], _spans[(2 * index) + 1], Stems.AsMemory(from, _stemEnds[index] - from));
        }
    }

    public IEnumerator<SentenceStems> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
