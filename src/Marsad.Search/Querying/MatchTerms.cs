using Marsad.Search.Analysis;
using Marsad.Text.Tokenization;

namespace Marsad.Search.Querying;

/// <summary>
/// The forms of the wanted (not excluded) query words, each tagged with the index of the query
/// word it came from: what snippets look for, with the same forms the index matched on.
/// </summary>
internal sealed class MatchTerms
{
    private readonly Dictionary<string, int> _bases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stems = new(StringComparer.Ordinal);

    public int WordCount { get; private set; }

    public bool IsEmpty => WordCount == 0;

    public void Add(in Token token)
    {
        var word = WordCount++;
        _bases.TryAdd(token.Base, word);
        _stems.TryAdd(SearchAnalysis.Stem(token), word);
    }

    /// <summary>Whether a word of an article matches: by its base (exact) or, failing that, by its stem.</summary>
    /// <param name="word">The index of the query word it matches.</param>
    /// <param name="exact">True for a match on the base form, false for one on the stem only.</param>
    public bool TryMatch(in Token token, out int word, out bool exact)
    {
        exact = _bases.TryGetValue(token.Base, out word);
        return exact || _stems.TryGetValue(SearchAnalysis.Stem(token), out word);
    }
}
