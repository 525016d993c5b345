using Marsad.Text.Normalization;

namespace Marsad.Text.Tokenization;

/// <summary>
/// Where a normalised word came from: the original text and the map entries of the word's
/// characters plus the one after it. The clitic splitter asks it what normalisation erased — a
/// hamza on an alef, a tatweel between letters.
/// </summary>
internal readonly ref struct WordOrigin
{
    private readonly ReadOnlySpan<char> _original;
    private readonly ReadOnlySpan<int> _map;

    public WordOrigin(ReadOnlySpan<char> original, ReadOnlySpan<int> map)
    {
        _original = original;
        _map = map;
    }

    /// <summary>Whether the alef at word index <paramref name="k"/> was written with hamza or madda.</summary>
    public bool AlefHadHamza(int k)
    {
        int at = _map[k];
        char c = _original[at];
        if (NormalizationRules.IsAlefVariant(c) && c != NormalizationRules.AlefWasla)
        {
            return true;
        }

        // Presentation forms of alef with hamza/madda, alone or in a lam-alef ligature.
        if (c is >= '\uFE81' and <= '\uFE88' or >= '\uFEF5' and <= '\uFEFA')
        {
            return true;
        }

        // A decomposed hamza or madda typed after a bare alef.
        return at + 1 < _map[k + 1]
            && _original[at + 1] is NormalizationRules.CombiningHamzaAbove or NormalizationRules.CombiningHamzaBelow or '\u0653';
    }

    /// <summary>Whether anything was removed between word characters 0 and <paramref name="k"/> (a cheap pre-test).</summary>
    public bool HasGapBefore(int k) => _map[k] - _map[0] > k;

    /// <summary>Whether a tatweel stood between word characters <paramref name="k"/> - 1 and <paramref name="k"/>.</summary>
    public bool TatweelBefore(int k)
    {
        int from = _map[k - 1] + 1;
        int to = _map[k];
        for (int i = from; i < to; i++)
        {
            if (_original[i] == NormalizationRules.Tatweel)
            {
                return true;
            }
        }

        return false;
    }
}
