using System.Text;
using Marsad.Text.Normalization;
using Marsad.Text.Stemming;
using Marsad.Text.Tokenization;

namespace Marsad.Extraction.Entities.Tagging;

/// <summary>
/// The feature strings of each position of a sentence. The tag-independent part (the word, its
/// clitic-stripped base, stem, affixes, shape and a ±2 window) is computed once per sentence;
/// the part that depends on the tags already chosen is added per step by <see cref="AddTagFeatures"/>.
/// </summary>
internal static class TokenFeatures
{
    private const string Start = "<s>";
    private const string End = "</s>";
    private const string Article = "\u0627\u0644";

    /// <summary>The tag-independent features of every position of <paramref name="tokens"/>.</summary>
    public static string[][] Extract(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var views = new WordView[tokens.Count];
        for (int i = 0; i < views.Length; i++)
        {
            views[i] = View(tokens[i]);
        }

        var result = new string[views.Length][];
        var features = new List<string>(48);
        for (int i = 0; i < views.Length; i++)
        {
            features.Clear();
            AddPosition(views, i, features);
            result[i] = [.. features];
        }

        return result;
    }

    /// <summary>Appends the features that read the previous two predicted tags.</summary>
    public static void AddTagFeatures(List<string> into, string[] baseFeatures, string previous, string beforePrevious)
    {
        // baseFeatures[1] is always "b=<base>" (see AddPosition), so the tag can pair with the word.
        string currentBase = baseFeatures[1];
        into.Add("t1=" + previous);
        into.Add("t2=" + beforePrevious + "|" + previous);
        into.Add("t1" + currentBase + "|" + previous);
    }

    private static void AddPosition(WordView[] views, int i, List<string> f)
    {
        WordView w = views[i];
        f.Add("bias");
        f.Add("b=" + w.Base);
        f.Add("w=" + w.Normalized);
        f.Add("s=" + w.Stem);
        f.Add("sh=" + w.Shape);
        if (w.HasArticle)
        {
            f.Add("al");
        }

        for (int k = 1; k <= 4 && k <= w.Base.Length; k++)
        {
            f.Add("p" + k + "=" + w.Base[..k]);
            f.Add("x" + k + "=" + w.Base[^k..]);
        }

        string bm2 = BaseAt(views, i - 2), bm1 = BaseAt(views, i - 1), bp1 = BaseAt(views, i + 1), bp2 = BaseAt(views, i + 2);
        f.Add("w-1=" + WordAt(views, i - 1));
        f.Add("w+1=" + WordAt(views, i + 1));
        f.Add("w-2=" + WordAt(views, i - 2));
        f.Add("w+2=" + WordAt(views, i + 2));
        f.Add("b-1=" + bm1);
        f.Add("b+1=" + bp1);
        f.Add("b-2=" + bm2);
        f.Add("b+2=" + bp2);
        f.Add("s-1=" + StemAt(views, i - 1));
        f.Add("s+1=" + StemAt(views, i + 1));

        // A title or verb before a name ("الرئيس", "قال") is the strongest cue Arabic gives,
        // having no capital letters; pairing it with the current base lets it reach known names.
        f.Add("b-1b=" + bm1 + "|" + w.Base);
        f.Add("bb+1=" + w.Base + "|" + bp1);
        f.Add("b-2b-1=" + bm2 + "|" + bm1);
        f.Add("b+1b+2=" + bp1 + "|" + bp2);
        f.Add("b-1b+1=" + bm1 + "|" + bp1);
        f.Add("sh3=" + ShapeAt(views, i - 1) + "|" + w.Shape + "|" + ShapeAt(views, i + 1));
        f.Add("x2b-1=" + bm1 + "|" + Suffix(w.Base, 2));
        f.Add("al+1=" + (i + 1 < views.Length && views[i + 1].HasArticle));
        f.Add("al-1=" + (i > 0 && views[i - 1].HasArticle));
        f.Add("p+1=" + Prefix(bp1, 2) + "|x+1=" + Suffix(bp1, 2));
        f.Add("x-1=" + Suffix(bm1, 2));
    }

    private static bool IsArabic(char ch) =>
        ch is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFEFF');

    private static string Prefix(string s, int n) => s.Length <= n ? s : s[..n];

    private static string Suffix(string s, int n) => s.Length <= n ? s : s[^n..];

    private static string WordAt(WordView[] v, int i) => i < 0 ? Start : i >= v.Length ? End : v[i].Normalized;

    private static string BaseAt(WordView[] v, int i) => i < 0 ? Start : i >= v.Length ? End : v[i].Base;

    private static string StemAt(WordView[] v, int i) => i < 0 ? Start : i >= v.Length ? End : v[i].Stem;

    private static string ShapeAt(WordView[] v, int i) => i < 0 ? Start : i >= v.Length ? End : v[i].Shape;

    private static WordView View(string token)
    {
        string normalized = ArabicNormalizer.Default.NormalizeTerm(token);
        if (normalized.Length == 0)
        {
            normalized = token;
        }

        // A corpus token can carry punctuation ("(د"); the base comes from its first word token.
        string baseForm = normalized;
        bool hasArticle = normalized.StartsWith(Article, StringComparison.Ordinal);
        foreach (Token t in ArabicTokenizer.Default.Tokenize(token))
        {
            if (t.Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number)
            {
                baseForm = t.Base;
                hasArticle |= t.ProcliticLength >= 2
                    && t.Normalized.AsSpan(0, t.ProcliticLength).EndsWith(Article, StringComparison.Ordinal);
                break;
            }
        }

        return new WordView(normalized, baseForm, ArabicLightStemmer.Stem(normalized), Shape(token), hasArticle);
    }

    /// <summary>Character classes with runs collapsed, plus a length bucket: "A:4", "D.D:3", "(A:2".</summary>
    private static string Shape(string token)
    {
        var sb = new StringBuilder(8);
        char last = '\0';
        int letters = 0;
        foreach (char ch in token)
        {
            char cls = IsArabic(ch) ? 'A'
                : char.IsAsciiLetter(ch) ? 'L'
                : char.IsDigit(ch) ? 'D'
                : char.IsLetter(ch) ? 'l'
                : ch;
            if (cls is 'A' or 'L' or 'l')
            {
                letters++;
            }

            if (cls != last)
            {
                sb.Append(cls);
                last = cls;
            }

            if (sb.Length >= 6)
            {
                break;
            }
        }

        int bucket = letters switch { <= 2 => letters, 3 => 3, <= 5 => 5, <= 8 => 8, _ => 9 };
        return sb.Append(':').Append(bucket).ToString();
    }
}
