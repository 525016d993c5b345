using Marsad.Text.Normalization;

namespace Marsad.Text.Tokenization;

/// <summary>
/// Finds the proclitics on the front of a normalised Arabic word, in the order Arabic allows them:
/// a conjunction (و ف), then a preposition (ب ك ل) or the future marker (س), then the article (ال),
/// with ل + ال written لل. It is deliberately cautious — a clitic is split only when the rest is
/// long enough to be a word and no <see cref="ProtectedWords"/> entry starts at the clitic letter —
/// because a wrongly cut name does more harm than a missed clitic. Two traces of the original
/// spelling override that: a tatweel after a clitic ("لـفيسبوك") is the writer marking the boundary,
/// and a hamza on alef right after و ف ب ك ل ("وإلى") cannot start a protected word there; a
/// hamza on the alef of ال rules the article out ("ألمانيا").
/// </summary>
internal sealed class ProcliticSplitter
{
    private const char Waw = '\u0648';
    private const char Feh = '\u0641';
    private const char Beh = '\u0628';
    private const char Kaf = '\u0643';
    private const char Lam = '\u0644';
    private const char Seen = '\u0633';
    private const char Alef = '\u0627';
    private const char Yeh = '\u064A';
    private const char Teh = '\u062A';
    private const char Noon = '\u0646';

    /// <summary>A single-letter clitic must leave a word of at least this many letters.</summary>
    private const int MinAfterLetter = 3;

    /// <summary>The article (and لل) must leave a word of at least this many letters.</summary>
    private const int MinAfterArticle = 2;

    /// <summary>The letters that can begin a proclitic, as bits counted from ا.</summary>
    private const ulong CliticStarts =
        (1UL << (Alef - Alef)) | (1UL << (Beh - Alef)) | (1UL << (Seen - Alef)) | (1UL << (Feh - Alef))
        | (1UL << (Kaf - Alef)) | (1UL << (Lam - Alef)) | (1UL << (Waw - Alef));

    private readonly ProtectedWords _protected;

    public ProcliticSplitter(ArabicNormalizer normalizer) => _protected = new ProtectedWords(normalizer);

    /// <summary>Whether <paramref name="first"/> can begin a proclitic at all (a cheap pre-test).</summary>
    public static bool MayStartClitic(char first)
    {
        uint offset = (uint)(first - Alef);
        return offset < 64 && ((CliticStarts >> (int)offset) & 1) != 0;
    }

    /// <summary>The length of the proclitics at the front of <paramref name="word"/>; 0 when none.</summary>
    public int Split(ReadOnlySpan<char> word, in WordOrigin origin)
    {
        if (word.Length < 3 || !MayStartClitic(word[0]))
        {
            return 0;
        }

        int marked = MarkedByTatweel(word, origin);
        if (marked > 0 || (IsProtected(word) && !HamzaFollows(word, 1, origin)))
        {
            return marked;
        }

        int pos = word[0] is Waw or Feh && CanStrip(word, 0, 1, MinAfterLetter, origin) ? 1 : 0;
        ReadOnlySpan<char> rest = word[pos..];
        if (rest[0] == Lam && rest.Length >= 2 && rest[1] == Lam && CanStrip(word, pos, pos + 2, MinAfterArticle, origin))
        {
            return pos + 2;
        }

        if (rest[0] is Beh or Kaf or Lam)
        {
            if (StartsWithArticle(rest[1..], pos + 1, origin) && CanStrip(word, pos, pos + 3, MinAfterArticle, origin))
            {
                return pos + 3;
            }

            return CanStrip(word, pos, pos + 1, MinAfterLetter, origin) ? pos + 1 : pos;
        }

        if (rest[0] == Seen && rest.Length > 1 && IsFuturePrefix(rest[1], pos + 1, origin))
        {
            return CanStrip(word, pos, pos + 1, MinAfterLetter, origin) ? pos + 1 : pos;
        }

        if (StartsWithArticle(rest, pos, origin) && CanStrip(word, pos, pos + 2, MinAfterArticle, origin))
        {
            return pos + 2;
        }

        return pos;
    }

    /// <summary>
    /// س marks the future only before an imperfect verb: ي ت ن, or أ ("سأزور") — a bare alef there
    /// is a root letter ("ساعة").
    /// </summary>
    private static bool IsFuturePrefix(char next, int at, in WordOrigin origin) =>
        next is Yeh or Teh or Noon || (next == Alef && origin.AlefHadHamza(at));

    /// <summary>
    /// The article is always written with a bare alef; أل/إل begin other words (ألمانيا، إلغاء), so
    /// an alef that had a hamza before normalisation rules the article out.
    /// </summary>
    private static bool StartsWithArticle(ReadOnlySpan<char> rest, int at, in WordOrigin origin) =>
        rest.Length >= 2 && rest[0] == Alef && rest[1] == Lam && !origin.AlefHadHamza(at);

    /// <summary>
    /// Whether a hamza on alef follows a و ف ب ك ل clitic at <paramref name="at"/>: the strongest sign
    /// of a clitic boundary ("وأضاف", "وإلى", "بأكملها"), since a root letter is almost never followed
    /// by one there. Not after س, where "سأل" (asked) is as common as the future "سأزور".
    /// </summary>
    private static bool HamzaFollows(ReadOnlySpan<char> word, int at, in WordOrigin origin) =>
        at < word.Length && word[at] == Alef && word[at - 1] is Waw or Feh or Beh or Kaf or Lam && origin.AlefHadHamza(at);

    /// <summary>The clitics ended by a tatweel ("لـ", "بالـ"), longest first; 0 when there are none.</summary>
    private int MarkedByTatweel(ReadOnlySpan<char> word, in WordOrigin origin)
    {
        int last = Math.Min(4, word.Length - 1);
        if (!origin.HasGapBefore(last))
        {
            return 0;
        }

        for (int p = last; p >= 1; p--)
        {
            if (origin.TatweelBefore(p) && IsCliticSequence(word[..p]))
            {
                return IsProtected(word) ? 0 : p;
            }
        }

        return 0;
    }

    private static bool IsCliticSequence(ReadOnlySpan<char> prefix)
    {
        int i = 0;
        if (prefix[i] is Waw or Feh)
        {
            i++;
        }

        if (i < prefix.Length && prefix[i] is Beh or Kaf or Lam or Seen)
        {
            if (prefix[i] == Lam && prefix[(i + 1)..] is [Lam])
            {
                return true;
            }

            i++;
        }

        if (prefix[i..] is [Alef, Lam])
        {
            i += 2;
        }

        return i == prefix.Length && i > 0;
    }

    /// <summary>
    /// Whether word[from..to) may be cut off as clitics: what remains is long enough, and no
    /// protected word starts at one of the cut letters (then that letter belongs to the word) —
    /// unless the rest starts with a hamza on alef, which no protected word has in that place.
    /// </summary>
    private bool CanStrip(ReadOnlySpan<char> word, int from, int to, int minRest, in WordOrigin origin)
    {
        if (word.Length - to < minRest)
        {
            return false;
        }

        if (HamzaFollows(word, to, origin))
        {
            return true;
        }

        // Position 0 was checked before any stripping began.
        for (int k = Math.Max(from, 1); k < to; k++)
        {
            if (IsProtected(word[k..]))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsProtected(ReadOnlySpan<char> word) => _protected.Contains(word);
}
