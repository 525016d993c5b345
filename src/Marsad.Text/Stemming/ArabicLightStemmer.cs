namespace Marsad.Text.Stemming;

/// <summary>
/// A light stemmer over normalised Arabic words in the manner of Larkey et al.'s light10 (the
/// algorithm behind Lucene's ArabicStemFilter): strip at most one prefix (ال وال بال كال فال لل و),
/// then each suffix in turn (ها ان ات ون ين يه ية ه ة ي) while at least two letters remain. It
/// conflates inflections for search; the stems are not dictionary words.
/// </summary>
public static class ArabicLightStemmer
{
    private static readonly string[] Prefixes = ["\u0627\u0644", "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644", "\u0644\u0644", "\u0648"];

    private static readonly string[] Suffixes =
    [
        "\u0647\u0627", "\u0627\u0646", "\u0627\u062A", "\u0648\u0646", "\u064A\u0646",
        "\u064A\u0647", "\u064A\u0629", "\u0647", "\u0629", "\u064A",
    ];

    /// <summary>A stem keeps at least this many letters.</summary>
    private const int MinStem = 2;

    /// <summary>و is only a conjunction on a word of at least this length ("وزن" stays).</summary>
    private const int MinWordForWaw = 4;

    /// <summary>The stem of an already normalised word; non-Arabic input comes back unchanged.</summary>
    public static string Stem(string normalizedWord)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        ReadOnlySpan<char> stem = Stem(normalizedWord.AsSpan());
        return stem.Length == normalizedWord.Length ? normalizedWord : new string(stem);
    }

    /// <summary>The stem as a slice of <paramref name="normalizedWord"/>: no allocation.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> normalizedWord)
    {
        ReadOnlySpan<char> word = StripPrefix(normalizedWord);
        foreach (string suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= MinStem && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
            }
        }

        return word;
    }

    private static ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> word)
    {
        foreach (string prefix in Prefixes)
        {
            if (prefix.Length == 1 && word.Length < MinWordForWaw)
            {
                continue;
            }

            if (word.Length - prefix.Length >= MinStem && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return word[prefix.Length..];
            }
        }

        return word;
    }
}
