using System.Text;

namespace Marsad.Text.Normalization;

/// <summary>
/// The rules of <see cref="NormalizationRules"/> for given options, precomputed for every UTF-16
/// value so the hot loop is two array reads per character. Immutable once built.
/// </summary>
internal sealed class FoldTable
{
    private const int Size = char.MaxValue + 1;

    private readonly FoldAction[] _actions = new FoldAction[Size];

    // For Single: the output character; for Expand: an index into _expansions.
    private readonly char[] _targets = new char[Size];

    private readonly string[] _expansions;

    public FoldTable(NormalizerOptions options)
    {
        var expansions = new List<string>();
        for (int i = 0; i < Size; i++)
        {
            char c = (char)i;
            if (NormalizationRules.IsAttachedMark(c))
            {
                _actions[i] = FoldAction.DropAttached;
            }
            else if (NormalizationRules.IsBidiControl(c) || NormalizationRules.IsInvisible(c))
            {
                _actions[i] = FoldAction.DropInvisible;
            }
            else if (NormalizationRules.IsPresentationForm(c) && Decompose(c, options) is { } decomposed)
            {
                SetDecomposed(i, decomposed, expansions);
            }
            else
            {
                _targets[i] = FoldSingle(c, options);
            }
        }

        _expansions = [.. expansions];
        MaxExpansion = _expansions.Length == 0 ? 1 : _expansions.Max(e => e.Length);
    }

    /// <summary>The longest output of one input character.</summary>
    public int MaxExpansion { get; }

    public FoldAction[] Actions => _actions;

    public char[] Targets => _targets;

    public string Expansion(char c) => _expansions[_targets[c]];

    /// <summary>The fold of one character that is kept as one character.</summary>
    private static char FoldSingle(char c, NormalizerOptions options)
    {
        if (NormalizationRules.IsAlefVariant(c))
        {
            return NormalizationRules.Alef;
        }

        if (c == NormalizationRules.AlefMaksura)
        {
            return options.FoldAlefMaksura ? NormalizationRules.Yeh : c;
        }

        if (c == NormalizationRules.TehMarbuta)
        {
            return options.FoldTaaMarbuta ? NormalizationRules.Heh : c;
        }

        if (c is NormalizationRules.WawHamza or NormalizationRules.YehHamza)
        {
            return !options.FoldHamzaCarriers ? c : c == NormalizationRules.WawHamza ? NormalizationRules.Waw : NormalizationRules.Yeh;
        }

        char folded = NormalizationRules.FoldPersianLetter(c);
        folded = NormalizationRules.FoldDigit(folded);
        folded = NormalizationRules.FoldNumberPunctuation(folded);
        folded = NormalizationRules.FoldArabicPunctuation(folded);
        folded = NormalizationRules.FoldSpace(folded);
        folded = NormalizationRules.FoldQuote(folded);
        folded = NormalizationRules.FoldDash(folded);
        folded = NormalizationRules.FoldFullWidth(folded);
        if (options.FoldCase && !char.IsSurrogate(folded))
        {
            folded = char.ToLowerInvariant(folded);
        }

        return folded;
    }

    /// <summary>
    /// The folded compatibility decomposition of a presentation form, or null to keep the character
    /// as it is: when the decomposition is unchanged, or mixes letters with spaces (ﷺ is a whole
    /// phrase, and splitting one original character into several tokens would break offsets).
    /// </summary>
    private static string? Decompose(char c, NormalizerOptions options)
    {
        string kc;
        try
        {
            kc = c.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (kc.Length == 1 && kc[0] == c)
        {
            return null;
        }

        var builder = new StringBuilder(kc.Length);
        foreach (char k in kc)
        {
            if (NormalizationRules.IsAttachedMark(k) || NormalizationRules.IsBidiControl(k) || NormalizationRules.IsInvisible(k))
            {
                continue;
            }

            // Isolated forms of harakat decompose to a space plus the mark; the space is layout only.
            if (k == ' ' && builder.Length == 0)
            {
                continue;
            }

            builder.Append(FoldSingle(k, options));
        }

        string result = builder.ToString();
        return result.Contains(' ', StringComparison.Ordinal) ? null : result;
    }

    private void SetDecomposed(int i, string decomposed, List<string> expansions)
    {
        switch (decomposed.Length)
        {
            case 0:
                _actions[i] = FoldAction.DropAttached;
                break;
            case 1:
                _targets[i] = decomposed[0];
                break;
            default:
                _actions[i] = FoldAction.Expand;
                _targets[i] = (char)expansions.Count;
                expansions.Add(decomposed);
                break;
        }
    }
}
