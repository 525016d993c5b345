using System.Numerics;

namespace Marsad.Training.Ingest.Furniture;

/// <summary>Counts for one line key (or one label key) while training.</summary>
internal sealed class LineStats
{
    private readonly HashSet<int> distinct = [];
    private ulong outletMask;

    public int Occurrences { get; private set; }

    public int AtEdge { get; private set; }

    public int SentenceEnds { get; private set; }

    /// <summary>Different articles (for lines) or different lines (for labels).</summary>
    public int Distinct => distinct.Count;

    public int Outlets => BitOperations.PopCount(outletMask);

    public double EdgeShare => Occurrences == 0 ? 0 : (double)AtEdge / Occurrences;

    public double SentenceShare => Occurrences == 0 ? 0 : (double)SentenceEnds / Occurrences;

    public void Add(int distinctKey, int outletIndex, bool atEdge, bool endsAsSentence)
    {
        Occurrences++;
        distinct.Add(distinctKey);
        outletMask |= 1UL << (outletIndex & 63);
        AtEdge += atEdge ? 1 : 0;
        SentenceEnds += endsAsSentence ? 1 : 0;
    }
}
