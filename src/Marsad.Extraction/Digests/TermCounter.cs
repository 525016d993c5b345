using Marsad.Text.Words;
using Marsad.Text.Stemming;

namespace Marsad.Extraction.Digests;

/// <summary>
/// Counts the content words of a body by their light stem (so "الهجوم", "وهجوم", "هجومه" meet),
/// leaving out stop words, numbers and stems under three letters (particles and clitic remnants).
/// Only the first <see cref="LeadWords"/> words are read: a news report states its event at the
/// top, while the tail is background shared with older stories and, on some sites, teasers of
/// other current stories caught with the body — which on the 2018 corpus chained unrelated
/// articles of one outlet into whatever story its teasers were about.
/// </summary>
public sealed class TermCounter : IWordVisitor
{
    private const int MinStem = 3;

    /// <summary>About the first three or four paragraphs of a report.</summary>
    public const int LeadWords = 150;

    private readonly Dictionary<ulong, int> _counts = [];

    /// <summary>The counts for a body already folded by the key normaliser (an <see cref="Marsad.Text.AnalyzedText"/>'s copy), sorted by term hash.</summary>
    public static (ulong[] Terms, int[] Counts) Count(Marsad.Text.Normalization.NormalizedText folded)
    {
        var counter = new TermCounter();
        NormalizedWords.Visit(folded, ref counter, LeadWords);
        return counter.Sorted();
    }

    private (ulong[] Terms, int[] Counts) Sorted()
    {
        ulong[] terms = [.. _counts.Keys];
        Array.Sort(terms);
        return (terms, [.. terms.Select(t => _counts[t])]);
    }

    public void Word(ReadOnlySpan<char> word)
    {
        if (word.Length < MinStem || char.IsDigit(word[0]) || StopWords.Contains(word))
        {
            return;
        }

        ReadOnlySpan<char> stem = ArabicLightStemmer.Stem(word);
        if (stem.Length < MinStem || StopWords.Contains(stem))
        {
            return;
        }

        ulong term = NormalizedWords.Hash(stem);
        _counts[term] = _counts.GetValueOrDefault(term) + 1;
    }
}
