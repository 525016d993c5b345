using Marsad.Extraction.Lexicons;
using Marsad.Text.Tokenization;
using Marsad.Text.Lexicons;

namespace Marsad.Extraction.Quantities;

/// <summary>
/// Finds whose count it is: the counted noun itself when it is a nationality (3 فلسطينيين), or from
/// the words right after the counted noun: a nationality adjective
/// agreeing with it in definiteness (جندي أميركي، الجنود الأمريكيين), or a noun phrase after من or
/// في/من/ضمن صفوف (جندي من قوات التحالف، قتيلا في صفوف الجيش العراقي) — the latter for people only.
/// The phrase is a head noun and
/// the definite words that follow it (the construct chain and its adjectives), at most four words.
/// Durations, measures and percentages get no subject, and a currency none from an adjective
/// (دولار أمريكي names the currency, not the payer).
/// </summary>
internal static class SubjectReader
{
    private const int MaxPhraseWords = 4;

    private static readonly FoldedLexicon<bool> Of = FoldedSet.Of(["من"]);
    private static readonly FoldedLexicon<bool> Ranks = FoldedSet.Of(["صفوف"]);
    private static readonly FoldedLexicon<bool> RankPrepositions = FoldedSet.Of(["في", "من", "ضمن", "بين"]);

    /// <summary>Words that after من start a partition or a source, not an owner (من بينهم، من أصل).</summary>
    private static readonly FoldedLexicon<bool> NotOwners = FoldedSet.Of(
    [
        "بين", "بينهم", "بينها", "بينهن", "أصل", "إجمالي", "مجموع", "مختلف", "جميع", "كل", "بعض", "أجل", "قبل", "جانب",
        "جهة", "خلال", "حيث", "دون", "نوع", "طراز", "فئة", "أي", "ذلك", "هذه", "هذا", "أكثر", "أقل", "نحو", "جنسية",
        "جنسيات", "الجنسين", "أبرز", "المرجح", "المتوقع", "الممكن", "المقرر", "المفترض", "ضمنهم", "أصل", "عموم",
    ]);

    /// <summary>The hint and the last token it covers.</summary>
    public static (SubjectHint Hint, int Last)? Read(IReadOnlyList<Token> tokens, CountedNoun noun, string text)
    {
        if (noun.Noun < 0 || noun.Class is UnitClass.Time or UnitClass.Measure or UnitClass.Percent)
        {
            return null;
        }

        // "3 فلسطينيين", "1.6 مليون أميركي": the counted noun is itself the nationality.
        Token unit = tokens[noun.Noun];
        if (noun.Class == UnitClass.Open && NationalityLexicon.CountryOf(TokenWords.Base(unit)) is { } own)
        {
            int from = TokenWords.StartWithoutClitics(text, unit);
            return (new SubjectHint(from, unit.End, text[from..unit.End], own), noun.Noun);
        }

        int k = noun.Noun + 1;
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.ArabicWord)
        {
            return null;
        }

        Token next = tokens[k];
        if (noun.Class != UnitClass.Money && TokenWords.OnlyArticle(next) && TokenWords.HasArticle(next) == noun.Definite
            && NationalityLexicon.CountryOf(TokenWords.Base(next)) is { } country)
        {
            int start = TokenWords.StartWithoutClitics(text, next);
            return (new SubjectHint(start, next.End, text[start..next.End], country), k);
        }

        // من after money or things names what they are made of or drawn from (مليار دولار من القروض).
        int head = -1;
        if (noun.Class != UnitClass.People)
        {
            return null;
        }

        if (TokenWords.IsPlainWord(next, RankPrepositions) && k + 1 < tokens.Count && TokenWords.IsPlainWord(tokens[k + 1], Ranks))
        {
            head = k + 2;
        }
        else if (TokenWords.IsPlainWord(next, Of))
        {
            head = k + 1;
        }

        return head > 0 ? Phrase(tokens, head, text) : null;
    }

    private static (SubjectHint Hint, int Last)? Phrase(IReadOnlyList<Token> tokens, int head, string text)
    {
        if (head >= tokens.Count || !IsPhraseWord(tokens[head]) || !TokenWords.OnlyArticle(tokens[head]))
        {
            return null;
        }

        int last = head;
        while (last + 1 < tokens.Count && last + 1 - head < MaxPhraseWords
            && IsPhraseWord(tokens[last + 1]) && IsDefiniteWithoutConjunction(tokens[last + 1]))
        {
            last++;
        }

        int start = tokens[head].Start;
        int end = tokens[last].End;
        return (new SubjectHint(start, end, text[start..end], null), last);
    }

    /// <summary>The article and nothing else in front (the tokenizer keeps الله whole, so its ال is read from the word).</summary>
    private static bool IsDefiniteWithoutConjunction(in Token token) =>
        TokenWords.Clitics(token) is "ال"
        || (token.ProcliticLength == 0 && token.Normalized.StartsWith("ال", StringComparison.Ordinal) && token.Normalized.Length > 3);

    private static bool IsPhraseWord(in Token token) =>
        token.Kind == TokenKind.ArabicWord
        && !TokenWords.IsWord(token, NotOwners)
        && !TokenWords.IsWord(token, NonQuantityWords.NotUnits)
        && !NumberPhraseReader.TryWord(token, out _, out _);
}
