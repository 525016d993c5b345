using Marsad.Extraction.Lexicons;
using Marsad.Text.Tokenization;
using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// Finds what a number counts: "%" or في المئة/بالمائة (unit "%"), a counted noun right after it
/// (2500 جندي، خمسة عشر قتيلا، عشرات الجنود), or a definite noun after من (ثلاثة من الجنود).
/// A noun with the article follows only a vague plural (عشرات الجنود); after an exact number it
/// is a different construction (خمس السكان "a fifth of the population"). A noun outside
/// <see cref="UnitLexicon"/> is accepted with less confidence, but never after a year-like number.
/// </summary>
internal static class UnitReader
{
    private const string Percent = "%";

    /// <summary>Two-letter words after a number are letter names (دي بي 9 جي تي) far more often than nouns.</summary>
    private const int MinOpenNounLength = 3;

    private static readonly FoldedLexicon<bool> Hundred = FoldedSet.Of(["مئة", "مائة", "مية"]);
    private static readonly FoldedLexicon<bool> In = FoldedSet.Of(["في"]);
    private static readonly FoldedLexicon<bool> Of = FoldedSet.Of(["من"]);
    private static readonly FoldedLexicon<bool> SquareOrCubic = FoldedSet.Of(["مربع", "مربعا", "مربعة", "مكعب", "مكعبا", "مكعبة"]);

    public static CountedNoun? Read(IReadOnlyList<Token> tokens, NumberPhrase number, string text)
    {
        int j = number.Last + 1;
        if (j >= tokens.Count)
        {
            return null;
        }

        Token next = tokens[j];
        if (TokenWords.IsPunctuation(next, '%'))
        {
            return new CountedNoun(j, -1, Percent, UnitClass.Percent, false, 0.95);
        }

        if (next.Kind != TokenKind.ArabicWord)
        {
            return null;
        }

        // في المئة، بالمائة
        if (IsPercentWord(next) && next.ProcliticLength == 3 && next.Normalized[0] == 'ب')
        {
            return new CountedNoun(j, -1, Percent, UnitClass.Percent, false, 0.95);
        }

        if (TokenWords.IsPlainWord(next, In) && j + 1 < tokens.Count && IsPercentWord(tokens[j + 1]) && TokenWords.Clitics(tokens[j + 1]) is "ال")
        {
            return new CountedNoun(j + 1, -1, Percent, UnitClass.Percent, false, 0.95);
        }

        if (TokenWords.IsPlainWord(next, Of) && j + 1 < tokens.Count)
        {
            Token noun = tokens[j + 1];
            if (noun.Kind != TokenKind.ArabicWord || TokenWords.Clitics(noun) is not "ال" || !IsNoun(noun))
            {
                return null;
            }

            // "23 من الشهر" is a day of the month, not a count of months.
            CountedNoun partitive = Noun(tokens, j + 1, text, 0.1);
            return partitive.Class == UnitClass.Time ? null : partitive;
        }

        // A known unit the clitic splitter cut wrongly (ليرة read as ل + يرة) is taken whole.
        if (!TokenWords.OnlyArticle(next) && UnitLexicon.Lexicon.TryGet(next.Normalized, out UnitClass whole))
        {
            return new CountedNoun(j, j, TokenWords.Letters(text, next.Start, next.End), whole, false, 0.9);
        }

        if (!TokenWords.OnlyArticle(next) || !IsNoun(next))
        {
            return null;
        }

        bool definite = TokenWords.HasArticle(next);
        if (definite && !number.Approximate)
        {
            return null;
        }

        CountedNoun found = Noun(tokens, j, text, 0);
        if (found.Class == UnitClass.Measure && j + 1 < tokens.Count && TokenWords.IsPlainWord(tokens[j + 1], SquareOrCubic))
        {
            // متر مربع، كيلومتر مربع، متر مكعب: the unit is both words.
            Token shape = tokens[j + 1];
            found = found with { Last = j + 1, Noun = j + 1, Unit = found.Unit + " " + TokenWords.Letters(text, shape.Start, shape.End) };
        }

        return found.Class == UnitClass.Open && !IsPlausibleOpenNoun(next, number) ? null : found;
    }

    /// <summary>
    /// Whether a word outside the lexicon may be the counted noun: not after a year-like number
    /// ("في 2014 قتل"), not a two-letter word, and not shaped like a verb or a possessed noun —
    /// unless it is a nationality (ثلاثة فلسطينيين).
    /// </summary>
    private static bool IsPlausibleOpenNoun(in Token token, NumberPhrase number)
    {
        ReadOnlySpan<char> word = TokenWords.Base(token);
        return !number.YearLike
            && word.Length >= MinOpenNounLength
            && (!NonQuantityWords.LooksLikeVerbOrPossessed(word) || NationalityLexicon.CountryOf(word) is not null);
    }

    private static CountedNoun Noun(IReadOnlyList<Token> tokens, int index, string text, double penalty)
    {
        Token token = tokens[index];
        bool known = UnitLexicon.Lexicon.TryGet(TokenWords.Base(token), out UnitClass unitClass);
        string unit = TokenWords.Letters(text, TokenWords.StartWithoutClitics(text, token), token.End);
        return new CountedNoun(index, index, unit, known ? unitClass : UnitClass.Open, TokenWords.HasArticle(token), (known ? 0.9 : 0.7) - penalty);
    }

    private static bool IsPercentWord(in Token token) =>
        token.Kind == TokenKind.ArabicWord && TokenWords.HasArticle(token) && Hundred.Contains(TokenWords.Base(token));

    /// <summary>Whether a word can be a counted noun: not a particle, month, number word or time-of-day word.</summary>
    private static bool IsNoun(in Token token) =>
        TokenWords.Base(token).Length >= 2
        && !TokenWords.IsWord(token, NonQuantityWords.NotUnits)
        && !TokenWords.IsWord(token, NonQuantityWords.Months)
        && !NumberPhraseReader.TryWord(token, out _, out _);
}
