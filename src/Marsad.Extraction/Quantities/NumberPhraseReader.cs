using Marsad.Text.Tokenization;
using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// Reads one cardinal number from the tokens: digits, optionally times a scale word ("2.5 مليون",
/// "3 آلاف"), or number words composed the Arabic way — thousands, then hundreds, then ones before
/// tens, joined by و (ثلاثة آلاف وخمسمائة، خمسة وعشرين، ثلاثمئة وخمسون), teens as unit + عشر
/// (خمسة عشر، اثنا عشر), and vague plurals that a scale may multiply (عشرات الآلاف = 10 000,
/// approximate). Words that break that order end the number, so "ثلاثة وأربعة" is not seven.
/// واحد and اثنان alone are not read: in Arabic they follow the noun as adjectives (جندي واحد).
/// </summary>
internal static class NumberPhraseReader
{
    private const int MinYear = 1800;
    private const int MaxYear = 2100;

    private enum Step
    {
        Digits,
        OneOrTwo,
        Ones,
        Teen,
        Tens,
        Hundreds,
        Scale,
        Vague,
    }

    /// <summary>No number word, with its clitics, is longer (ثمانيمائة with وب in front).</summary>
    private const int MaxWordLength = 14;

    /// <summary>The number word a token holds, whole or behind its clitics, and the clitics themselves.</summary>
    public static bool TryWord(in Token token, out NumberWord word, out ReadOnlySpan<char> clitics)
    {
        clitics = [];
        word = default;
        string normalized = token.Normalized;
        if (token.Kind != TokenKind.ArabicWord || normalized.Length < 2 || normalized.Length > MaxWordLength)
        {
            return false;
        }

        Span<char> folded = stackalloc char[MaxWordLength * 2];
        if (!FoldedLexicon<NumberWord>.TryFold(normalized, folded, out int length))
        {
            return false;
        }

        folded = folded[..length];

        // Folding ئ to ي makes مئتا/مئتين look like ميتا/ميتين ("dead"); those spellings are not read.
        if (normalized.Contains("ميت", StringComparison.Ordinal))
        {
            return false;
        }

        // The whole form first: the clitic splitter reads the ال of an unhamzated الفين/الاف as the article.
        if (NumberWords.Lexicon.TryGetFolded(folded, out word))
        {
            return true;
        }

        if (token.ProcliticLength > 0 && NumberWords.Lexicon.TryGetFolded(folded[token.ProcliticLength..], out word))
        {
            clitics = TokenWords.Clitics(token);
            return true;
        }

        if (normalized[0] is 'و' or 'ف' && NumberWords.Lexicon.TryGetFolded(folded[1..], out word))
        {
            clitics = normalized.AsSpan(0, 1);
            return true;
        }

        return false;
    }

    public static NumberPhrase? Read(IReadOnlyList<Token> tokens, int first, string text)
    {
        Token head = tokens[first];
        double total = 0;
        double group;
        double multiplier = 0;
        bool approximate = false;
        bool digits = head.Kind == TokenKind.Number;
        Step step;
        if (digits)
        {
            bool scaleFollows = first + 1 < tokens.Count && TryWord(tokens[first + 1], out NumberWord next, out var nextClitics)
                && nextClitics.IsEmpty && next.Kind is NumberWordKind.Scale or NumberWordKind.ScalePlural;
            bool arabicSign = text.AsSpan(head.Start, head.End - head.Start).Contains('\u066B');
            if (!DigitNumber.TryParse(head.Normalized, arabicSign, scaleFollows, out group))
            {
                return null;
            }

            step = Step.Digits;
        }
        else
        {
            if (!TryWord(head, out NumberWord word, out ReadOnlySpan<char> clitics))
            {
                return null;
            }

            bool article = clitics.EndsWith("ال", StringComparison.Ordinal) || clitics.EndsWith("لل", StringComparison.Ordinal);

            // الثلاثة، العشرين: a definite number word refers back or names (القرن العشرين); only
            // the vague plurals are counts with the article (العشرات من المدنيين).
            if (article && word.Kind is not (NumberWordKind.Vague or NumberWordKind.ScalePlural))
            {
                return null;
            }

            (group, step) = word.Kind switch
            {
                NumberWordKind.OneOrTwo => (word.Value, Step.OneOrTwo),
                NumberWordKind.Ones => (word.Value, Step.Ones),
                NumberWordKind.Tens => (word.Value, Step.Tens),
                NumberWordKind.Hundreds => (word.Value, Step.Hundreds),
                NumberWordKind.Vague => (word.Value, Step.Vague),
                _ => (0, Step.Scale),
            };
            if (word.Kind is NumberWordKind.Scale or NumberWordKind.ScalePlural)
            {
                total = word.Value;
                multiplier = word.Multiplier;
            }

            approximate = word.Kind is NumberWordKind.Vague or NumberWordKind.ScalePlural;
        }

        int last = first;
        double lastValue = group;

        // "(138) مليار ريال": the press sets the digits in brackets and the scale outside them.
        bool bracketed = digits && IsBracketedBeforeScale(tokens, first);
        for (int j = bracketed ? first + 2 : first + 1; j < tokens.Count; j++)
        {
            // "11 ألفا و507", "8 مليارات و900 مليون": digits joined by و after a scale are its
            // remainder, which a smaller scale may multiply in turn.
            if (step == Step.Scale && RemainderDigits(tokens, j, multiplier) is { } remainder)
            {
                group = remainder;
                step = Step.Digits;
                last = j + 1;
                j++;
                continue;
            }

            if (!TryWord(tokens[j], out NumberWord word, out ReadOnlySpan<char> clitics))
            {
                break;
            }

            bool conjunction = clitics is "و";

            // عشرات الآلاف، مئات الملايين: the scale after a vague plural is its definite complement.
            bool definiteScale = clitics is "ال" && step == Step.Vague && word.Kind == NumberWordKind.ScalePlural;
            if (!conjunction && !clitics.IsEmpty && !definiteScale)
            {
                break;
            }

            Step? next = conjunction ? AfterConjunction(step, word, multiplier) : Adjacent(step, word, lastValue, group, total > 0 ? multiplier : 0);
            if (next is not { } taken)
            {
                break;
            }

            switch (taken)
            {
                case Step.Teen:
                    group += 10;
                    break;
                case Step.Hundreds when !conjunction:
                    group *= 100;
                    break;
                case Step.Scale:
                    // In decimal, so 524.2 مليون is 524200000 and not 524200000.00000006.
                    total += (double)((decimal)group * (decimal)word.Multiplier);
                    multiplier = word.Multiplier;
                    group = 0;
                    break;
                default:
                    group += word.Value;
                    break;
            }

            step = taken;
            lastValue = word.Value;
            last = j;
        }

        // واحد، اثنان alone follow their noun; they are not read as counts, except two in a
        // partitive (اثنين من المعتقلين), where the noun follows.
        if (step == Step.OneOrTwo && last == first && !(group == 2 && StartsPartitive(tokens, first + 1)))
        {
            return null;
        }

        double value = total + group;
        bool yearLike = digits && head.Normalized.Length == 4 && value is >= MinYear and <= MaxYear && last == first;
        int start = bracketed && last > first ? first - 1 : first;
        // "نصف مليون", "ربع مليار": a fraction before a bare scale word takes that share of it.
        if (!digits && total > 0 && group == 0 && first > 0 && Fraction(tokens[first - 1]) is { } share)
        {
            value *= share;
            start = first - 1;
        }
        return new NumberPhrase(start, last, value, approximate, digits, yearLike);
    }

    /// <summary>The share a fraction word names (نصف، ربع، ثلث), also behind و or ب; null for any other token.</summary>
    private static double? Fraction(in Token token)
    {
        if (token.Kind != TokenKind.ArabicWord)
        {
            return null;
        }
        string word = token.Normalized.Length == 4 && token.Normalized[0] is 'و' or 'ب' ? token.Normalized[1..] : token.Normalized;
        return word switch
        {
            "نصف" => 0.5,
            "ربع" => 0.25,
            "ثلث" => 1.0 / 3,
            _ => null,
        };
    }

    /// <summary>The value of "و" + digits at <paramref name="j"/> when it is smaller than the scale before it.</summary>
    private static double? RemainderDigits(IReadOnlyList<Token> tokens, int j, double multiplier)
    {
        if (j + 1 >= tokens.Count || tokens[j].Kind != TokenKind.ArabicWord || tokens[j].Normalized != "و"
            || tokens[j + 1].Kind != TokenKind.Number || tokens[j + 1].Start != tokens[j].End)
        {
            return null;
        }

        return DigitNumber.TryParse(tokens[j + 1].Normalized, false, false, out double value) && value < multiplier ? value : null;
    }

    /// <summary>Whether من and a definite word start at <paramref name="j"/>.</summary>
    private static bool StartsPartitive(IReadOnlyList<Token> tokens, int j) =>
        j + 1 < tokens.Count && tokens[j].Kind == TokenKind.ArabicWord && tokens[j].Normalized == "من"
        && tokens[j + 1].Kind == TokenKind.ArabicWord && TokenWords.Clitics(tokens[j + 1]) is "ال";

    private static bool IsBracketedBeforeScale(IReadOnlyList<Token> tokens, int first) =>
        first > 0 && first + 2 < tokens.Count
        && TokenWords.IsPunctuation(tokens[first - 1], '(') && TokenWords.IsPunctuation(tokens[first + 1], ')')
        && TryWord(tokens[first + 2], out NumberWord scale, out ReadOnlySpan<char> clitics)
        && clitics.IsEmpty && scale.Kind is NumberWordKind.Scale or NumberWordKind.ScalePlural && scale.Value == scale.Multiplier;

    /// <summary>The step a number word directly after the number so far makes, or null when it ends the number.</summary>
    private static Step? Adjacent(Step step, NumberWord word, double lastValue, double group, double previousScale)
    {
        if (NumberWords.IsTeenTen(word) && step is Step.Ones or Step.OneOrTwo && lastValue < 10)
        {
            return Step.Teen;
        }

        // ثلاث مئة: a unit times a hundred written as two words.
        if (word is { Kind: NumberWordKind.Hundreds, Value: 100 } && step == Step.Ones && lastValue < 10 && group < 10)
        {
            return Step.Hundreds;
        }

        // ثلاثة آلاف، 2.5 مليون، عشرات الآلاف: a multiplier (a dual scale is a number of its own).
        if (word.Kind is NumberWordKind.Scale or NumberWordKind.ScalePlural && word.Value == word.Multiplier
            && group > 0 && step != Step.Scale && (previousScale == 0 || word.Multiplier < previousScale))
        {
            return Step.Scale;
        }

        return null;
    }

    /// <summary>The step a number word joined by و makes: smaller parts after larger, ones before tens.</summary>
    private static Step? AfterConjunction(Step step, NumberWord word, double multiplier) => (step, word.Kind) switch
    {
        (Step.Ones or Step.OneOrTwo, NumberWordKind.Tens) => Step.Tens,
        (Step.Hundreds, NumberWordKind.Ones) => Step.Ones,
        (Step.Hundreds, NumberWordKind.OneOrTwo) => Step.OneOrTwo,
        (Step.Hundreds, NumberWordKind.Tens) => Step.Tens,
        (Step.Scale, NumberWordKind.Ones) when word.Value < multiplier => Step.Ones,
        (Step.Scale, NumberWordKind.OneOrTwo) when word.Value < multiplier => Step.OneOrTwo,
        (Step.Scale, NumberWordKind.Tens) when word.Value < multiplier => Step.Tens,
        (Step.Scale, NumberWordKind.Hundreds) when word.Value < multiplier => Step.Hundreds,
        _ => null,
    };
}
