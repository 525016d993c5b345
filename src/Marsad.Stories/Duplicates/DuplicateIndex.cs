using Marsad.Core.Digests;
using Marsad.Text.Words;

namespace Marsad.Stories.Duplicates;

/// <summary>
/// The incremental form of duplicate detection: documents are added one at a time (by their
/// MinHash signature, which a store can keep), and each addition answers which documents already
/// added it duplicates. Candidates come from the LSH band buckets, so an addition costs the same
/// whatever the size of the index. Not thread-safe: one writer.
/// </summary>
internal sealed class DuplicateIndex
{
    /// <summary>The latest addition in each band bucket.</summary>
    private readonly Dictionary<ulong, int> _latest = [];

    /// <summary>
    /// For addition p and band b, at p × Bands + b, the addition before it in the same bucket (−1
    /// for none): buckets as linked lists, so the million buckets of a large collection, nearly all
    /// of one member, cost no list each.
    /// </summary>
    private readonly List<int> _previous = [];
    private readonly Dictionary<ulong, int> _exact = [];
    private readonly List<uint[]> _signatures = [];

    /// <summary>Documents added so far; each addition's position is the count before it.</summary>
    public int Count => _signatures.Count;

    /// <summary>Adds a body; returns the positions of earlier additions it duplicates.</summary>
    public IReadOnlyList<int> Add(string? text)
    {
        ulong[] words = NormalizedWords.Hashes(text);
        uint[] signature = MinHashSignature.OfWords(words);
        return Add(signature, signature.Length == 0 ? MinHashSignature.ExactKey(words) : null);
    }

    /// <summary>
    /// Adds a document by its signature, or, for a body too short for one, by its exact key (see
    /// <see cref="MinHashSignature.ExactKey"/>); returns the positions of earlier additions whose
    /// estimated Jaccard similarity reaches <see cref="DuplicateFinder.Threshold"/>, or whose short
    /// body is identical. A document with neither matches nothing.
    /// </summary>
    public IReadOnlyList<int> Add(uint[] signature, ulong? exactKey)
    {
        ArgumentNullException.ThrowIfNull(signature);
        int position = _signatures.Count;
        _signatures.Add(signature);
        var matches = new List<int>();
        if (signature.Length == MinHashSignature.Length)
        {
            var compared = new HashSet<int>();
            for (int band = 0; band < LshBands.Bands; band++)
            {
                ulong key = LshBands.Key(signature, band);
                int other = _latest.GetValueOrDefault(key, -1);
                _previous.Add(other);
                _latest[key] = position;
                for (int seen = 0; other >= 0 && seen < LshBands.MaxComparisonsPerBucket; seen++)
                {
                    if (compared.Add(other) && MinHashSignature.Similarity(signature, _signatures[other]) >= DuplicateFinder.Threshold)
                    {
                        matches.Add(other);
                    }

                    other = _previous[(other * LshBands.Bands) + band];
                }
            }
        }
        else
        {
            // Keeps _previous indexed by position × Bands.
            _previous.AddRange(Enumerable.Repeat(-1, LshBands.Bands));
            if (exactKey is { } key && !_exact.TryAdd(key, position))
            {
                matches.Add(_exact[key]);
            }
        }

        return matches;
    }
}
